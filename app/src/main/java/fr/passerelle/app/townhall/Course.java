package fr.passerelle.app.townhall;

/** Where a dish comes in the meal, in serving order; each has its pictogram. */
public enum Course {
  STARTER,
  MAIN,
  SIDE,
  DAIRY,
  DESSERT;

  public String key() {
    return "townhall.course." + name();
  }
}
