package fr.passerelle.app.homes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.SchoolSummary;
import fr.passerelle.app.territory.TerritoryService;
import fr.passerelle.app.territory.ui.TerritoryCards;
import fr.passerelle.app.territory.ui.TerritoryRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Town-hall staff's home: the schools of their commune. */
@Route(value = "mairie", layout = MainLayout.class)
@RolesAllowed("TOWN_HALL")
@Menu(title = "nav.home.townHall", order = 5)
class TownHallHomeView extends Div implements HasDynamicTitle {

  TownHallHomeView(TerritoryService territory, List<HomeSection> sections) {
    addClassName("home");
    territory
        .myCommune()
        .ifPresentOrElse(
            commune -> {
              add(new H1(getTranslation("home.townHall.heading", commune.name())));
              add(new Paragraph(getTranslation("home.townHall.schools", commune.schoolCount())));
              List<SchoolSummary> schools = territory.schools(null, 0, 200);
              for (SchoolSummary school : schools) {
                add(
                    TerritoryCards.card(
                        school.name(),
                        new Paragraph(getTranslation("schoolKind." + school.kind().name())),
                        new Anchor(
                            TerritoryRoutes.ofSchool(school.id()),
                            getTranslation("school.open", school.name()))));
              }
            },
            () -> {
              add(new H1(getTranslation("home.townHall.title")));
              add(TerritoryCards.empty(this, "home.townHall.noCommune"));
            });
    HomeSection.addTo(this, Role.TOWN_HALL, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.townHall.title");
  }
}
