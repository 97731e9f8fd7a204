package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.skills.ClassOverview;
import fr.passerelle.app.skills.CompetenceCount;
import fr.passerelle.app.skills.PupilLine;
import fr.passerelle.app.skills.SkillLevel;
import fr.passerelle.app.skills.SkillsService;
import fr.passerelle.app.support.BarChart;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A teacher's (or the director's, for every class of the school) digital skills page: where the
 * class stands (a chart whose bars take the focus, and the same numbers in a table), then the
 * class's pupils, loaded lazily, each a link to their page where a level is validated.
 */
@Route(value = "competences", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@Menu(title = "skills.nav", order = 23)
@StyleSheet("styles/skills.css")
class SkillsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "competences";

  private final SkillsService skills;
  private final Section overview = new Section();
  private final Section pupils = new Section();

  SkillsView(SkillsService skills, ClassService classService, CurrentUser currentUser) {
    this.skills = skills;
    addClassNames("skills", "skills-view");
    add(new H1(getTranslation("skills.view.heading")));
    add(new Paragraph(getTranslation("skills.view.intro")));
    Caller caller = currentUser.require();
    // A director reads every class of the school; a teacher follows their own classes.
    List<ClassSummary> classes =
        caller.has(Role.DIRECTOR) && caller.schoolId() != null
            ? classService.ofSchool(caller.schoolId())
            : classService.myClasses();
    if (classes.isEmpty()) {
      add(new Paragraph(getTranslation("skills.view.noClass")));
      return;
    }
    if (classes.size() > 1) {
      RadioButtonGroup<ClassSummary> pick =
          new RadioButtonGroup<>(getTranslation("skills.view.class"));
      pick.setItems(classes);
      pick.setItemLabelGenerator(c -> c.name() + " – " + c.schoolName());
      pick.setValue(classes.getFirst());
      pick.addValueChangeListener(
          e -> {
            if (e.getValue() != null) {
              show(e.getValue());
            }
          });
      add(pick);
    }
    overview.addClassName("card");
    overview.setId("skills-overview");
    pupils.addClassName("card");
    pupils.setId("skills-pupils");
    add(overview, pupils);
    show(classes.getFirst());
  }

  private void show(ClassSummary schoolClass) {
    fillOverview(skills.overview(schoolClass.id()));
    fillPupils(schoolClass);
  }

  private void fillOverview(ClassOverview data) {
    overview.removeAll();
    overview.add(new H2(getTranslation("skills.overview.heading", data.className())));
    List<String> legend = new ArrayList<>();
    legend.add(Levels.label(this, 0));
    data.levels().forEach(l -> legend.add(Levels.label(this, l.level())));
    List<BarChart.Parts> bars =
        data.rows().stream()
            .map(
                row -> {
                  String name = row.competence().code() + " " + row.competence().name();
                  return OverviewSvg.bar(name, spoken(name, row, legend), row.byLevel());
                })
            .toList();
    String svg =
        OverviewSvg.render(
            "skills-overview-chart",
            getTranslation("skills.overview.chartTitle", data.className()),
            getTranslation("skills.overview.chartDescription", data.pupils()),
            legend,
            bars);
    overview.add(new Html("<div class=\"overview-box\">" + svg + "</div>"));
    List<String> headers = new ArrayList<>();
    headers.add(getTranslation("skills.column.competence"));
    headers.addAll(legend);
    List<List<String>> rows =
        data.rows().stream()
            .map(
                row -> {
                  List<String> cells = new ArrayList<>();
                  cells.add(row.competence().code() + " " + row.competence().name());
                  row.byLevel().forEach(n -> cells.add(String.valueOf(n)));
                  return (List<String>) cells;
                })
            .toList();
    overview.add(
        new SkillTable(
            "skills-overview-table",
            getTranslation("skills.overview.caption", data.pupils()),
            headers,
            rows));
    overview.add(levelsHelp(data.levels()));
  }

  private String spoken(String name, CompetenceCount row, List<String> legend) {
    String parts =
        java.util.stream.IntStream.range(0, row.byLevel().size())
            .mapToObj(
                i -> getTranslation("skills.overview.part", legend.get(i), row.byLevel().get(i)))
            .collect(Collectors.joining(", "));
    return getTranslation("skills.overview.mark", name, parts);
  }

  /** What each level means, in the framework's own words. */
  private Div levelsHelp(List<SkillLevel> levels) {
    Div help = new Div();
    help.addClassName("skills-levels");
    for (SkillLevel level : levels) {
      help.add(
          new Paragraph(
              getTranslation(
                  "skills.level.meaning", level.level(), level.stage(), level.description())));
    }
    return help;
  }

  private void fillPupils(ClassSummary schoolClass) {
    pupils.removeAll();
    pupils.add(new H2(getTranslation("skills.pupils.heading")));
    Grid<PupilLine> grid = new Grid<>();
    grid.setAriaLabel(getTranslation("skills.pupils.grid", schoolClass.name()));
    grid.addComponentColumn(
            p -> new Anchor(PupilSkillsView.route(p.pupil().id()), p.pupil().full()))
        .setHeader(getTranslation("skills.column.pupil"))
        .setWidth("14rem")
        .setFlexGrow(2);
    int total = skills.framework().competences().size();
    grid.addColumn(p -> getTranslation("skills.pupils.known", p.known(), total))
        .setHeader(getTranslation("skills.column.known"))
        .setWidth("10rem");
    grid.addClassName("data-grid");
    long classId = schoolClass.id();
    grid.setItems(
        query -> skills.pupils(classId, query.getOffset(), query.getLimit()).stream(),
        query -> skills.countPupils(classId));
    pupils.add(grid);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "skills.view.title");
  }
}
