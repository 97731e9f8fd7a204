package fr.passerelle.app.analytics.internal;

/** One school's (or a sum of schools') numerator and denominator for one indicator. */
record Measure(double numerator, double denominator) {

  static final Measure ZERO = new Measure(0, 0);

  /** An indicator whose query failed: it stays unknown whatever it is added to. */
  static final Measure UNKNOWN = new Measure(Double.NaN, Double.NaN);

  boolean unknown() {
    return Double.isNaN(numerator);
  }

  Measure plus(Measure other) {
    return new Measure(numerator + other.numerator, denominator + other.denominator);
  }
}
