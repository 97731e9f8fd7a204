package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import fr.passerelle.app.analytics.Comparison;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.PlaceFigure;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the maps and charts of the analytics views from figures, with their spoken texts. */
final class Charts {

  private Charts() {}

  static Mark mark(Component in, Indicator indicator, PlaceFigure f, @Nullable Double median) {
    String shown = Values.of(in, indicator, f.figure());
    String gap = Values.againstMedian(in, indicator, f.figure(), median);
    String spoken =
        in.getTranslation(
            gap.isEmpty() ? "analytics.mark" : "analytics.markWithGap",
            f.place().name(),
            Values.label(in, indicator),
            shown,
            gap);
    return new Mark(
        f.place().name(),
        f.figure().value(),
        shown,
        spoken,
        f.place().latitude(),
        f.place().longitude());
  }

  /** A summary for the description of a picture: highest, lowest, median. */
  static String summary(
      Component in, Indicator indicator, List<PlaceFigure> figures, @Nullable Double median) {
    List<PlaceFigure> shown = figures.stream().filter(f -> f.figure().isShown()).toList();
    if (shown.isEmpty()) {
      return in.getTranslation("analytics.summary.none");
    }
    PlaceFigure high =
        shown.stream().max(Comparator.comparingDouble(f -> f.figure().value())).orElseThrow();
    PlaceFigure low =
        shown.stream().min(Comparator.comparingDouble(f -> f.figure().value())).orElseThrow();
    return in.getTranslation(
        "analytics.summary",
        figures.size(),
        high.place().name(),
        Values.of(in, indicator, high.figure()),
        low.place().name(),
        Values.of(in, indicator, low.figure()),
        Values.median(in, indicator, median));
  }

  static Component map(
      Component in, String id, Indicator indicator, List<PlaceFigure> figures, Double median) {
    List<Mark> marks = figures.stream().map(f -> mark(in, indicator, f, median)).toList();
    String svg =
        MapSvg.render(
            id,
            in.getTranslation("analytics.map.title", Values.label(in, indicator)),
            in.getTranslation("analytics.map.description")
                + " "
                + summary(in, indicator, figures, median),
            marks);
    return box(svg);
  }

  static Component bars(
      Component in, String id, Indicator indicator, List<PlaceFigure> figures, Double median) {
    List<Mark> bars =
        figures.stream()
            .sorted(
                Comparator.comparing(
                    (PlaceFigure f) -> f.figure().isShown() ? -f.figure().value() : 0.0))
            .map(f -> mark(in, indicator, f, median))
            .toList();
    String svg =
        BarsSvg.render(
            id,
            in.getTranslation("analytics.chart.title", Values.label(in, indicator)),
            summary(in, indicator, figures, median),
            bars,
            median,
            in.getTranslation("analytics.chart.median", Values.median(in, indicator, median)));
    return box(svg);
  }

  /** Each indicator's gap to the median, in percent: above to the right, below to the left. */
  static Component gaps(Component in, String id, String placeName, List<Comparison> comparisons) {
    List<Mark> bars =
        comparisons.stream()
            .map(
                c -> {
                  Double gap = gapPercent(c.value(), c.median());
                  String shown =
                      gap == null
                          ? Values.of(in, c.indicator(), c.value())
                          : Values.number(in, fr.passerelle.app.analytics.IndicatorKind.SHARE, gap);
                  String spoken =
                      in.getTranslation(
                          "analytics.gapMark",
                          Values.label(in, c.indicator()),
                          Values.of(in, c.indicator(), c.value()),
                          Values.median(in, c.indicator(), c.median()),
                          Values.againstMedian(in, c.indicator(), c.value(), c.median()));
                  return new Mark(Values.label(in, c.indicator()), gap, shown, spoken, 0, 0);
                })
            .toList();
    String svg =
        BarsSvg.render(
            id,
            in.getTranslation("analytics.gaps.title", placeName),
            in.getTranslation("analytics.gaps.description"),
            bars,
            null,
            "");
    return box(svg);
  }

  static @Nullable Double gapPercent(Figure value, @Nullable Double median) {
    if (!value.isShown() || median == null || median == 0) {
      return null;
    }
    return (value.value() - median) / median * 100;
  }

  /** SVG goes inside an HTML element so that the browser parses it in the SVG namespace. */
  private static Component box(String svg) {
    return new Html("<div class=\"svg-box\">" + svg + "</div>");
  }
}
