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
  private final Div schoolFigures = new Div();
  private final String name;

  CommuneReport(AnalyticsService analytics, Report report) {
    this.analytics = analytics;
    long communeId = report.place().id();
    name = report.place().name();
    String medianHeader = getTranslation("analytics.column.medianCommune");
    add(new Paragraph(Reports.computedAt(this, report.computedAt())));
    add(Reports.printButton(this));
    add(
        section(
            "analytics.commune.comparison",
            ComparisonTable.table(
                this,
                getTranslation("analytics.commune.comparison.caption", name),
                medianHeader,
                report.comparisons()),
            Csv.link(
                getTranslation("analytics.csv.comparison"),
                "passerelle-" + Reports.slug(name) + ".csv",
                () ->
                    ComparisonTable.csv(
                        this, medianHeader, analytics.commune(communeId).comparisons()))));
    add(section("analytics.gaps", Charts.gaps(this, "commune-gaps", name, report.comparisons())));
    Select<Indicator> indicator = new Select<>();
    indicator.setLabel(getTranslation("analytics.indicator"));
    indicator.setItems(analytics.indicators());
    indicator.setItemLabelGenerator(i -> Values.label(this, i));
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
                Values.label(this, chosen),
                f -> new Span(Values.of(this, chosen, f.figure())),
                Reports.byValue(),
                false));
    schoolFigures.add(
        Charts.bars(this, "commune-schools", chosen, schools, median),
        new SortableTable<>(
            getTranslation("analytics.commune.schools.caption", Values.label(this, chosen), name),
            columns,
            schools),
        Csv.link(
            getTranslation("analytics.csv.schools"),
            "passerelle-" + Reports.slug(name) + "-ecoles.csv",
            () -> {
              List<List<String>> rows = new ArrayList<>();
              rows.add(
                  List.of(getTranslation("analytics.column.school"), Values.label(this, chosen)));
              analytics
                  .schools(communeId, chosen.key())
                  .forEach(
                      f ->
                          rows.add(List.of(f.place().name(), Values.of(this, chosen, f.figure()))));
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
