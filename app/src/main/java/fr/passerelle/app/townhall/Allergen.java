package fr.passerelle.app.townhall;

/**
 * The 14 allergens whose presence a canteen must declare (EU Regulation 1169/2011, annex II), in
 * the annex's order. Named in the bundles as {@code townhall.allergen.<NAME>}.
 */
public enum Allergen {
  GLUTEN,
  CRUSTACEANS,
  EGGS,
  FISH,
  PEANUTS,
  SOY,
  MILK,
  NUTS,
  CELERY,
  MUSTARD,
  SESAME,
  SULPHITES,
  LUPIN,
  MOLLUSCS;

  public String key() {
    return "townhall.allergen." + name();
  }
}
