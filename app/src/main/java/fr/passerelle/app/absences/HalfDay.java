package fr.passerelle.app.absences;

/** A half-day of school, the unit of the roll call. */
public enum HalfDay {
  MORNING,
  AFTERNOON
}
