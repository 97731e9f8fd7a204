package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fr.passerelle.app.analytics.AnalyticsService;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.PlaceFigure;
import fr.passerelle.app.analytics.Report;
import fr.passerelle.app.shell.Downloads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One commune's report, printable: every indicator against the territory and the median commune,
 * the gaps as a chart, then its schools for a chosen indicator. Administrators and the commune's
 * own town-hall staff.
 */
class CommuneReport extends Div {

  private final AnalyticsService analytics;
  private final Values values;
  private final Div schoolFigures = new Div();
  private final String name;

  CommuneReport(AnalyticsService analytics, Report report, Values values) {
    this.analytics = analytics;
    this.values = values;
    long communeId = report.place().id();
    name = report.place().name();
    String medianHeader = getTranslation("analytics.column.medianCommune");
    add(new Paragraph(values.computedAt(report.computedAt())));
    add(Reports.printButton(this));
    add(
        section(
            "analytics.commune.comparison",
            ComparisonTable.table(
                this,
                values,
                getTranslation("analytics.commune.comparison.caption", name),
                medianHeader,
                report.comparisons()),
            Downloads.csv(
                getTranslation("analytics.csv.comparison"),
                "passerelle-" + Reports.slug(name) + ".csv",
                () ->
                    ComparisonTable.csv(
                        this, values, medianHeader, analytics.commune(communeId).comparisons()))));
    add(
        section(
            "analytics.gaps",
            Charts.gaps(this, values, "commune-gaps", name, report.comparisons())));
    Select<Indicator> indicator = new Select<>();
    indicator.setLabel(getTranslation("analytics.indicator"));
    indicator.setItems(analytics.indicators());
    indicator.setItemLabelGenerator(i -> values.label(i));
    indicator.addValueChangeListener(e -> showSchools(communeId, e.getValue()));
    add(section("analytics.commune.schools", indicator, schoolFigures));
    indicator.setValue(analytics.indicators().getFirst());
  }

  private void showSchools(long communeId, Indicator chosen) {
    schoolFigures.removeAll();
    List<PlaceFigure> schools = analytics.schools(communeId, chosen.key());
    Double median = Reports.median(schools);
    List<SortableTable.Column<PlaceFigure>> columns =
        List.of(
            new SortableTable.Column<>(
                getTranslation("analytics.column.school"),
                f -> new Anchor(SchoolReportView.route(f.place().id()), f.place().name()),
                Comparator.comparing(f -> f.place().name()),
                true),
            new SortableTable.Column<>(
                values.label(chosen),
                f -> new Span(values.of(chosen, f.figure())),
                Reports.byValue(),
                false));
    schoolFigures.add(
        Charts.bars(this, values, "commune-schools", chosen, schools, median),
        new SortableTable<>(
            getTranslation("analytics.commune.schools.caption", values.label(chosen), name),
            columns,
            schools),
        Downloads.csv(
            getTranslation("analytics.csv.schools"),
            "passerelle-" + Reports.slug(name) + "-ecoles.csv",
            () -> {
              List<List<String>> rows = new ArrayList<>();
              rows.add(List.of(getTranslation("analytics.column.school"), values.label(chosen)));
              analytics
                  .schools(communeId, chosen.key())
                  .forEach(f -> rows.add(List.of(f.place().name(), values.of(chosen, f.figure()))));
              return rows;
            }));
  }

  private Section section(String key, Component... content) {
    Section section = new Section(new H2(getTranslation(key)));
    section.add(content);
    section.addClassName("card");
    return section;
  }
}
