package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Figures as people read them, in the page's language. */
final class Values {

  private Values() {}

  static String label(Component in, Indicator indicator) {
    return in.getTranslation("analytics.indicator." + indicator.key());
  }

  static String help(Component in, Indicator indicator) {
    return in.getTranslation("analytics.indicator." + indicator.key() + ".help");
  }

  static String number(Component in, IndicatorKind kind, double value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale(in));
    int digits =
        switch (kind) {
          case COUNT -> 0;
          case RATIO -> 2;
          case MEAN, SHARE -> 1;
        };
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    String number = format.format(value);
    return kind == IndicatorKind.SHARE ? in.getTranslation("analytics.percent", number) : number;
  }

  static String of(Component in, Indicator indicator, Figure figure) {
    return switch (figure.status()) {
      case SHOWN -> number(in, indicator.kind(), figure.value());
      case HIDDEN -> in.getTranslation("analytics.hidden");
      case NO_DATA -> in.getTranslation("analytics.noData");
    };
  }

  static String median(Component in, Indicator indicator, @Nullable Double median) {
    return median == null
        ? in.getTranslation("analytics.noData")
        : number(in, indicator.kind(), median);
  }

  /** "12 % above the median", "equal to the median", or empty when there is nothing to compare. */
  static String againstMedian(
      Component in, Indicator indicator, Figure figure, @Nullable Double median) {
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
    String percent = number(in, IndicatorKind.SHARE, Math.abs(value - median) / median * 100);
    return in.getTranslation(
        value > median ? "analytics.median.abovePercent" : "analytics.median.belowPercent",
        percent);
  }

  static Locale locale(Component in) {
    Locale ui =
        in.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(null);
    return ui == null ? Locale.FRENCH : ui;
  }
}
