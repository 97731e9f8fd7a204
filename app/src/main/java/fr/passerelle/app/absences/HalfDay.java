package fr.passerelle.app.absences;

import java.time.LocalTime;

/** A half-day of school, the unit of the roll call. */
public enum HalfDay {
  MORNING,
  AFTERNOON;

  /** The half-day under way at this wall-clock time: the morning until noon, then the afternoon. */
  public static HalfDay at(LocalTime time) {
    return time.isBefore(LocalTime.NOON) ? MORNING : AFTERNOON;
  }
}
