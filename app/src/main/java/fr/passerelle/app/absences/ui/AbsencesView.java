package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Absences. A parent, for each child ({@link ChildAbsences}): the absences to justify (each with
 * its reason and a comment), a form to report one in advance, and everything already sent. A
 * director ({@link SchoolAbsences}): the school's absences no parent has justified, the latest
 * first, a page at a time. Both follow the roll calls and the justifications without a reload.
 */
@Route(value = AbsenceService.ROUTE, layout = MainLayout.class)
@RolesAllowed({"PARENT", "DIRECTOR"})
@Menu(title = "absences.nav", order = 26)
@StyleSheet("styles/absences.css")
class AbsencesView extends Div implements HasDynamicTitle {

  AbsencesView(
      AbsenceService absences, CurrentUser currentUser, SchoolTime time, LiveSignals live) {
    addClassNames("home", "absences-view");
    Caller caller = currentUser.require();
    boolean parent = caller.has(Role.PARENT);
    add(new H1(getTranslation(parent ? "absences.parent.heading" : "absences.school.heading")));
    if (parent) {
      List<PersonName> children = absences.myChildren();
      if (children.isEmpty()) {
        add(new Paragraph(getTranslation("absences.parent.noChild")));
      }
      children.forEach(c -> add(new ChildAbsences(absences, time, live, c)));
    }
    if (caller.has(Role.DIRECTOR)) {
      Long school = absences.mySchool();
      if (school != null) {
        add(new SchoolAbsences(absences, time, live, school, parent));
      }
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "absences.title");
  }
}
