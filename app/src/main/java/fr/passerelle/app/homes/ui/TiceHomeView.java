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

/** The TICE referent's home: their school's classes; equipment and tickets join it later. */
@Route(value = "referent", layout = MainLayout.class)
@RolesAllowed("TICE_REFERENT")
@Menu(title = "nav.home.tice", order = 3)
class TiceHomeView extends Div implements HasDynamicTitle {

  TiceHomeView(TerritoryService territory, ClassService classes, List<HomeSection> sections) {
    addClassName("home");
    territory
        .mySchool()
        .ifPresentOrElse(
            school -> TerritoryCards.fillSchool(this, "home.tice.heading", school, classes),
            () -> {
              add(new H1(getTranslation("home.tice.title")));
              add(TerritoryCards.empty(this, "home.noSchool"));
            });
    HomeSection.addTo(this, Role.TICE_REFERENT, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.tice.title");
  }
}
