package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.analytics.AnalyticsService;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.PlaceFigure;
import fr.passerelle.app.analytics.Report;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.Downloads;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The territory for administrators: pick an indicator, see it on the map, in a chart against the
 * median commune and in a sortable table, export it. Town-hall staff find their commune's report
 * here, directors their school's.
 */
@Route(value = "analytique", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TOWN_HALL", "DIRECTOR"})
@Menu(title = "nav.analytics", order = 16)
@StyleSheet("styles/analytics.css")
class AnalyticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final AnalyticsService analytics;
  private final Values values;
  private final Select<Indicator> indicator = new Select<>();
  private final Div figures = new Div();

  AnalyticsView(AnalyticsService analytics, SchoolTime time) {
    this.analytics = analytics;
    this.values = new Values(this, time.formats(getLocale()));
    addClassName("analytics");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (getChildren().findAny().isPresent()) {
      return;
    }
    add(new H1(getTranslation("analytics.heading")));
    switch (analytics.start()) {
      case AnalyticsService.Start.Commune c -> {
        Report report = analytics.commune(c.id());
        add(new H2(report.place().name()), new CommuneReport(analytics, report, values));
      }
      case AnalyticsService.Start.School s -> {
        Report report = analytics.school(s.id());
        add(new H2(report.place().name()), new SchoolReport(analytics, report, values));
      }
      case AnalyticsService.Start.Territory t -> build();
    }
  }

  private void build() {
    Paragraph computed = new Paragraph(values.computedAt(analytics.computedAt()));
    Button refresh =
        new Button(
            getTranslation("analytics.refresh"),
            e -> {
              analytics.refresh();
              computed.setText(values.computedAt(analytics.computedAt()));
              show(indicator.getValue());
              MainLayout.announce(this, getTranslation("analytics.refreshed"));
            });
    add(computed, refresh);
    indicator.setLabel(getTranslation("analytics.indicator"));
    indicator.setItems(analytics.indicators());
    indicator.setItemLabelGenerator(i -> values.label(i));
    indicator.addValueChangeListener(e -> show(e.getValue()));
    add(indicator, figures);
    indicator.setValue(analytics.indicators().getFirst());
  }

  private void show(Indicator chosen) {
    figures.removeAll();
    indicator.setHelperText(values.help(chosen));
    List<PlaceFigure> communes = analytics.communes(chosen.key());
    Double median = Reports.median(communes);
    figures.add(
        section(
            "analytics.map", Charts.map(this, values, "territory-map", chosen, communes, median)),
        section(
            "analytics.chart",
            Charts.bars(this, values, "territory-chart", chosen, communes, median)),
        section("analytics.table", table(chosen, communes, median), csv()));
  }

  private Component table(Indicator chosen, List<PlaceFigure> communes, Double median) {
    List<SortableTable.Column<PlaceFigure>> columns =
        List.of(
            new SortableTable.Column<>(
                getTranslation("analytics.column.commune"),
                f -> new Anchor(CommuneReportView.route(f.place().id()), f.place().name()),
                Comparator.comparing(f -> f.place().name()),
                true),
            new SortableTable.Column<>(
                values.label(chosen),
                f -> new Span(values.of(chosen, f.figure())),
                Reports.byValue(),
                false),
            new SortableTable.Column<>(
                getTranslation("analytics.column.median"),
                f -> new Span(values.againstMedian(chosen, f.figure(), median)),
                Reports.byValue(),
                false));
    return new SortableTable<>(
        getTranslation("analytics.table.caption", values.label(chosen)), columns, communes);
  }

  /** Every commune, every indicator. */
  private Component csv() {
    return Downloads.csv(
        getTranslation("analytics.csv.territory"),
        "passerelle-communes.csv",
        () -> {
          List<Indicator> all = analytics.indicators();
          List<List<String>> rows = new ArrayList<>();
          List<String> head = new ArrayList<>(List.of(getTranslation("analytics.column.commune")));
          all.forEach(i -> head.add(values.label(i)));
          rows.add(head);
          List<List<PlaceFigure>> columns =
              all.stream().map(i -> analytics.communes(i.key())).toList();
          for (int r = 0; r < columns.getFirst().size(); r++) {
            List<String> row = new ArrayList<>(List.of(columns.getFirst().get(r).place().name()));
            for (int c = 0; c < all.size(); c++) {
              row.add(values.of(all.get(c), columns.get(c).get(r).figure()));
            }
            rows.add(row);
          }
          return rows;
        });
  }

  private Section section(String key, Component... content) {
    Section section = new Section(new H2(getTranslation(key)));
    section.add(content);
    section.addClassName("card");
    return section;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "analytics.title");
  }
}
