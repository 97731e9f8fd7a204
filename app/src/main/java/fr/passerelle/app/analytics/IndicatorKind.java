package fr.passerelle.app.analytics;

/**
 * How an indicator's per-school measures (a numerator and a denominator) add up and read. A
 * commune's or the territory's value is always the sum of numerators over the sum of denominators,
 * never a mean of means.
 */
public enum IndicatorKind {
  /** A number of things: the numerator; the denominator is unused. */
  COUNT,
  /** Things per thing (devices per pupil): numerator / denominator. */
  RATIO,
  /** An average (hours to resolve a ticket): total / number of cases. */
  MEAN,
  /** A percentage: 100 × numerator / denominator. */
  SHARE;

  /** The value of a measure, or null when it has no data (no denominator). */
  public Double valueOf(double numerator, double denominator) {
    return switch (this) {
      case COUNT -> numerator;
      case RATIO, MEAN -> denominator == 0 ? null : numerator / denominator;
      case SHARE -> denominator == 0 ? null : 100 * numerator / denominator;
    };
  }
}
