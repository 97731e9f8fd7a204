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

/**
 * A school's report at its own address: administrators, the commune's town-hall staff and the
 * school's director.
 */
@Route(value = "analytique/ecole", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TOWN_HALL", "DIRECTOR"})
@StyleSheet("styles/analytics.css")
class SchoolReportView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final AnalyticsService analytics;
  private final SchoolTime time;
  private String name = "";

  SchoolReportView(AnalyticsService analytics, SchoolTime time) {
    this.analytics = analytics;
    this.time = time;
    addClassName("analytics");
    addClassName("report");
  }

  static String route(long schoolId) {
    return "analytique/ecole/" + schoolId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long schoolId) {
    removeAll();
    Report report = analytics.school(schoolId);
    name = report.place().name();
    add(
        new H1(getTranslation("analytics.school.heading", name)),
        new SchoolReport(analytics, report, new Values(this, time.formats(getLocale()))));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "analytics.school.title", name);
  }
}
