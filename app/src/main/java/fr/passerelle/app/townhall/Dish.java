package fr.passerelle.app.townhall;

import java.util.EnumSet;
import java.util.Set;

/**
 * One dish of a menu: its course, its name, the regulated allergens it holds, vegetarian or not.
 */
public record Dish(Course course, String name, Set<Allergen> allergens, boolean vegetarian) {

  public Dish {
    allergens = allergens.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allergens));
  }

  /** The allergens in the annex's order. */
  public java.util.List<Allergen> allergensInOrder() {
    return allergens.isEmpty() ? java.util.List.of() : EnumSet.copyOf(allergens).stream().toList();
  }
}
