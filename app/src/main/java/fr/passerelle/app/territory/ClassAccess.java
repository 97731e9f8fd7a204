package fr.passerelle.app.territory;

/** How much of a class a caller may see, from nothing to the roster with declared needs. */
public enum ClassAccess {
  NONE,
  SUMMARY,
  CLASSMATES,
  ROSTER,
  ROSTER_WITH_NEEDS;

  public boolean atLeast(ClassAccess other) {
    return compareTo(other) >= 0;
  }
}
