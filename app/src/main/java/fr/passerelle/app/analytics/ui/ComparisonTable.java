package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.passerelle.app.analytics.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A place's indicators against the territory and the median, as a table and as CSV rows. */
final class ComparisonTable {

  private ComparisonTable() {}

  static Component table(
      Component in, Values values, String caption, String medianHeader, List<Comparison> rows) {
    List<SortableTable.Column<Comparison>> columns =
        List.of(
            new SortableTable.Column<>(
                in.getTranslation("analytics.column.indicator"),
                c -> new Span(values.label(c.indicator())),
                Comparator.comparing(c -> values.label(c.indicator())),
                true),
            new SortableTable.Column<>(
                in.getTranslation("analytics.column.value"),
                c -> new Span(values.of(c.indicator(), c.value())),
                Comparator.comparingDouble(
                    c -> c.value().isShown() ? c.value().value() : Double.NEGATIVE_INFINITY),
                false),
            new SortableTable.Column<>(
                in.getTranslation("analytics.column.territory"),
                c -> new Span(values.of(c.indicator(), c.territory())),
                Comparator.comparingDouble(
                    c ->
                        c.territory().isShown() ? c.territory().value() : Double.NEGATIVE_INFINITY),
                false),
            new SortableTable.Column<>(
                medianHeader,
                c -> new Span(values.median(c.indicator(), c.median())),
                Comparator.comparingDouble(
                    c -> c.median() == null ? Double.NEGATIVE_INFINITY : c.median()),
                false),
            new SortableTable.Column<>(
                in.getTranslation("analytics.column.gap"),
                c -> new Span(values.againstMedian(c.indicator(), c.value(), c.median())),
                Comparator.comparingDouble(
                    c -> {
                      Double gap = Charts.gapPercent(c.value(), c.median());
                      return gap == null ? Double.NEGATIVE_INFINITY : gap;
                    }),
                false));
    return new SortableTable<>(caption, columns, rows);
  }

  static List<List<String>> csv(
      Component in, Values values, String medianHeader, List<Comparison> rows) {
    List<List<String>> csv = new ArrayList<>();
    csv.add(
        List.of(
            in.getTranslation("analytics.column.indicator"),
            in.getTranslation("analytics.column.value"),
            in.getTranslation("analytics.column.territory"),
            medianHeader,
            in.getTranslation("analytics.column.gap")));
    for (Comparison c : rows) {
      csv.add(
          List.of(
              values.label(c.indicator()),
              values.of(c.indicator(), c.value()),
              values.of(c.indicator(), c.territory()),
              values.median(c.indicator(), c.median()),
              values.againstMedian(c.indicator(), c.value(), c.median())));
    }
    return csv;
  }
}
