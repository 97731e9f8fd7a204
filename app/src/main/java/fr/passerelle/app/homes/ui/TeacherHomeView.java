package fr.passerelle.app.homes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.ui.TerritoryCards;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A teacher's home: their classes. */
@Route(value = "enseignant", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@Menu(title = "nav.home.teacher", order = 1)
class TeacherHomeView extends Div implements HasDynamicTitle {

  TeacherHomeView(ClassService classes, List<HomeSection> sections) {
    addClassName("home");
    add(new H1(getTranslation("home.teacher.heading")));
    List<ClassSummary> mine = classes.myClasses();
    if (mine.isEmpty()) {
      add(TerritoryCards.empty(this, "home.teacher.noClass"));
    }
    mine.forEach(c -> add(TerritoryCards.classCard(this, c)));
    HomeSection.addTo(this, Role.TEACHER, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.teacher.title");
  }
}
