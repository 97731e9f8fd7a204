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
import fr.passerelle.app.territory.TerritoryService;
import fr.passerelle.app.territory.ui.TerritoryCards;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A director's home: the school and its classes. */
@Route(value = "direction", layout = MainLayout.class)
@RolesAllowed("DIRECTOR")
@Menu(title = "nav.home.director", order = 2)
class DirectorHomeView extends Div implements HasDynamicTitle {

  DirectorHomeView(TerritoryService territory, ClassService classes, List<HomeSection> sections) {
    addClassName("home");
    territory
        .mySchool()
        .ifPresentOrElse(
            school -> TerritoryCards.fillSchool(this, "home.director.heading", school, classes),
            () -> {
              add(new H1(getTranslation("home.director.title")));
              add(TerritoryCards.empty(this, "home.noSchool"));
            });
    HomeSection.addTo(this, Role.DIRECTOR, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.director.title");
  }
}
