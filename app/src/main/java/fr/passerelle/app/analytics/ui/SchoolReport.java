package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.analytics.AnalyticsService;
import fr.passerelle.app.analytics.Report;
import fr.passerelle.app.shell.Downloads;

/**
 * One school's report, printable: every indicator against the territory and the median school.
 * Administrators, the commune's town-hall staff and the school's director.
 */
class SchoolReport extends Div {

  SchoolReport(AnalyticsService analytics, Report report, Values values) {
    long schoolId = report.place().id();
    String name = report.place().name();
    String medianHeader = getTranslation("analytics.column.medianSchool");
    add(new Paragraph(values.computedAt(report.computedAt())));
    add(Reports.printButton(this));
    Section comparison =
        new Section(
            new H2(getTranslation("analytics.school.comparison")),
            ComparisonTable.table(
                this,
                values,
                getTranslation("analytics.school.comparison.caption", name),
                medianHeader,
                report.comparisons()),
            Downloads.csv(
                getTranslation("analytics.csv.comparison"),
                "passerelle-" + Reports.slug(name) + ".csv",
                () ->
                    ComparisonTable.csv(
                        this, values, medianHeader, analytics.school(schoolId).comparisons())));
    comparison.addClassName("card");
    Section gaps =
        new Section(
            new H2(getTranslation("analytics.gaps")),
            Charts.gaps(this, values, "school-gaps", name, report.comparisons()));
    gaps.addClassName("card");
    add(comparison, gaps);
  }
}
