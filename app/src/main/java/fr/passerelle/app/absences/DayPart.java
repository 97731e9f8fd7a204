package fr.passerelle.app.absences;

/** What part of each day a parent's notice covers. */
public enum DayPart {
  MORNING,
  AFTERNOON,
  DAY;

  public boolean covers(HalfDay half) {
    return this == DAY || name().equals(half.name());
  }

  public static DayPart of(HalfDay half) {
    return valueOf(half.name());
  }
}
