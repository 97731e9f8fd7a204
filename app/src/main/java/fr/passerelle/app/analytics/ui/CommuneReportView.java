package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.analytics.AnalyticsService;
import fr.passerelle.app.analytics.Report;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;

/** A commune's report at its own address: administrators and the commune's town-hall staff. */
@Route(value = "analytique/commune", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TOWN_HALL"})
@StyleSheet("styles/analytics.css")
class CommuneReportView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final AnalyticsService analytics;
  private final SchoolTime time;
  private String name = "";

  CommuneReportView(AnalyticsService analytics, SchoolTime time) {
    this.analytics = analytics;
    this.time = time;
    addClassName("analytics");
    addClassName("report");
  }

  static String route(long communeId) {
    return "analytique/commune/" + communeId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long communeId) {
    removeAll();
    Report report = analytics.commune(communeId);
    name = report.place().name();
    add(
        new H1(getTranslation("analytics.commune.heading", name)),
        new CommuneReport(analytics, report, new Values(this, time.formats(getLocale()))));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "analytics.commune.title", name);
  }
}
