package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.platform.Formats;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Figures as people read them, in the page's language: the texts come from the page, the numbers
 * and dates from its {@link Formats}.
 */
final class Values {

  private final Component in;
  private final Formats formats;

  Values(Component in, Formats formats) {
    this.in = in;
    this.formats = formats;
  }

  String label(Indicator indicator) {
    return in.getTranslation("analytics.indicator." + indicator.key());
  }

  String help(Indicator indicator) {
    return in.getTranslation("analytics.indicator." + indicator.key() + ".help");
  }

  String number(IndicatorKind kind, double value) {
    int digits =
        switch (kind) {
          case COUNT -> 0;
          case RATIO -> 2;
          case MEAN, SHARE -> 1;
        };
    String number = formats.fixed(value, digits);
    return kind == IndicatorKind.SHARE ? in.getTranslation("analytics.percent", number) : number;
  }

  String of(Indicator indicator, Figure figure) {
    return switch (figure.status()) {
      case SHOWN -> number(indicator.kind(), figure.value());
      case HIDDEN -> in.getTranslation("analytics.hidden");
      case NO_DATA -> in.getTranslation("analytics.noData");
    };
  }

  String median(Indicator indicator, @Nullable Double median) {
    return median == null
        ? in.getTranslation("analytics.noData")
        : number(indicator.kind(), median);
  }

  /** "12 % above the median", "equal to the median", or empty when there is nothing to compare. */
  String againstMedian(Indicator indicator, Figure figure, @Nullable Double median) {
    if (!figure.isShown() || median == null) {
      return "";
    }
    double value = figure.value();
    if (Math.abs(value - median) < 1e-9) {
      return in.getTranslation("analytics.median.equal");
    }
    if (median == 0) {
      return in.getTranslation(
          value > median ? "analytics.median.above" : "analytics.median.below");
    }
    String percent = number(IndicatorKind.SHARE, Math.abs(value - median) / median * 100);
    return in.getTranslation(
        value > median ? "analytics.median.abovePercent" : "analytics.median.belowPercent",
        percent);
  }

  /** "Chiffres calculés le 30 novembre 2026 14:05." */
  String computedAt(Instant at) {
    return in.getTranslation("analytics.computedAt", formats.longDateTime(at));
  }
}
