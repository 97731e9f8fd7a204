package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import fr.passerelle.app.analytics.Comparison;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.PlaceFigure;
import fr.passerelle.app.support.BarChart;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the maps and charts of the analytics views from figures, with their spoken texts. */
final class Charts {

  /** Place names on the left, values written on the right of the bars, the median's label above. */
  static final BarChart.Layout BARS = new BarChart.Layout(250, 110, 40, 20, 30);

  private Charts() {}

  static Mark mark(
      Component in, Values values, Indicator indicator, PlaceFigure f, @Nullable Double median) {
    String shown = values.of(indicator, f.figure());
    String gap = values.againstMedian(indicator, f.figure(), median);
    String spoken =
        in.getTranslation(
            gap.isEmpty() ? "analytics.mark" : "analytics.markWithGap",
            f.place().name(),
            values.label(indicator),
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
      Component in,
      Values values,
      Indicator indicator,
      List<PlaceFigure> figures,
      @Nullable Double median) {
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
        values.of(indicator, high.figure()),
        low.place().name(),
        values.of(indicator, low.figure()),
        values.median(indicator, median));
  }

  static Component map(
      Component in,
      Values values,
      String id,
      Indicator indicator,
      List<PlaceFigure> figures,
      @Nullable Double median) {
    List<Mark> marks = figures.stream().map(f -> mark(in, values, indicator, f, median)).toList();
    String svg =
        MapSvg.render(
            id,
            in.getTranslation("analytics.map.title", values.label(indicator)),
            in.getTranslation("analytics.map.description")
                + " "
                + summary(in, values, indicator, figures, median),
            marks);
    return box(svg);
  }

  static Component bars(
      Component in,
      Values values,
      String id,
      Indicator indicator,
      List<PlaceFigure> figures,
      @Nullable Double median) {
    List<BarChart.Value> bars =
        figures.stream()
            .sorted(
                Comparator.comparing(
                    (PlaceFigure f) -> f.figure().isShown() ? -f.figure().value() : 0.0))
            .map(f -> bar(mark(in, values, indicator, f, median)))
            .toList();
    String svg =
        BarChart.values(
            "pa-chart",
            id,
            in.getTranslation("analytics.chart.title", values.label(indicator)),
            summary(in, values, indicator, figures, median),
            BARS,
            bars,
            median,
            in.getTranslation("analytics.chart.median", values.median(indicator, median)));
    return box(svg);
  }

  /** Each indicator's gap to the median, in percent: above to the right, below to the left. */
  static Component gaps(
      Component in, Values values, String id, String placeName, List<Comparison> comparisons) {
    List<BarChart.Value> bars =
        comparisons.stream()
            .map(
                c -> {
                  Double gap = gapPercent(c.value(), c.median());
                  String shown =
                      gap == null
                          ? values.of(c.indicator(), c.value())
                          : values.number(IndicatorKind.SHARE, gap);
                  String spoken =
                      in.getTranslation(
                          "analytics.gapMark",
                          values.label(c.indicator()),
                          values.of(c.indicator(), c.value()),
                          values.median(c.indicator(), c.median()),
                          values.againstMedian(c.indicator(), c.value(), c.median()));
                  return new BarChart.Value(values.label(c.indicator()), spoken, gap, shown);
                })
            .toList();
    String svg =
        BarChart.values(
            "pa-chart",
            id,
            in.getTranslation("analytics.gaps.title", placeName),
            in.getTranslation("analytics.gaps.description"),
            BARS,
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

  private static BarChart.Value bar(Mark mark) {
    return new BarChart.Value(mark.name(), mark.spoken(), mark.value(), mark.shown());
  }

  /** SVG goes inside an HTML element so that the browser parses it in the SVG namespace. */
  private static Component box(String svg) {
    return new Html("<div class=\"svg-box\">" + svg + "</div>");
  }
}
