package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns measures into what may be shown. The small-number rule: a sensitive count between 1 and the
 * threshold minus one is hidden. Its complement: when exactly one place among siblings is hidden
 * and their total is shown, the next smallest is hidden too, so that no hidden count can be found
 * by subtraction.
 */
public final class Figures {

  private final int threshold;

  public Figures(int threshold) {
    this.threshold = threshold;
  }

  Figure of(Indicator indicator, Measure measure) {
    if (measure.unknown()) {
      return Figure.NO_DATA;
    }
    if (indicator.sensitive() && measure.numerator() > 0 && measure.numerator() < threshold) {
      return Figure.HIDDEN;
    }
    Double value = indicator.kind().valueOf(measure.numerator(), measure.denominator());
    return value == null ? Figure.NO_DATA : Figure.shown(value);
  }

  /** Figures of sibling places (the schools of a commune, the communes of the territory). */
  Map<Long, Figure> ofSiblings(Indicator indicator, Map<Long, Measure> siblings) {
    Map<Long, Figure> figures = new LinkedHashMap<>();
    siblings.forEach((id, measure) -> figures.put(id, of(indicator, measure)));
    if (!indicator.sensitive()) {
      return figures;
    }
    long hidden = figures.values().stream().filter(f -> f.status() == Figure.Status.HIDDEN).count();
    if (hidden == 1) {
      siblings.entrySet().stream()
          .filter(e -> figures.get(e.getKey()).isShown() && e.getValue().numerator() > 0)
          .min(Comparator.comparingDouble(e -> e.getValue().numerator()))
          .ifPresent(e -> figures.put(e.getKey(), Figure.HIDDEN));
    }
    return figures;
  }
}
