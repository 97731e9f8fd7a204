package fr.passerelle.app.homes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.ui.ReadAloud;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ui.TerritoryCards;
import fr.passerelle.app.territory.ui.TerritoryRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A pupil's home: short, plain, large. Homework, visio and chat join it as they land. */
@Route(value = "eleve", layout = MainLayout.class)
@RolesAllowed("PUPIL")
@Menu(title = "nav.home.pupil", order = 0)
class PupilHomeView extends Div implements HasDynamicTitle {

  PupilHomeView(CurrentUser currentUser, ClassService classes, List<HomeSection> sections) {
    addClassName("home");
    add(new H1(getTranslation("home.pupil.heading", currentUser.require().firstName())));
    classes
        .myClass()
        .ifPresentOrElse(
            c ->
                add(
                    TerritoryCards.card(
                        getTranslation("home.pupil.myClass"),
                        ReadAloud.around(
                            new Paragraph(c.name() + " – " + c.schoolName()),
                            new Paragraph(TerritoryCards.teachersLine(this, c.teachers()))),
                        new Anchor(
                            TerritoryRoutes.ofClass(c.id()),
                            getTranslation("home.pupil.openClass")))),
            () -> add(TerritoryCards.empty(this, "home.pupil.noClass")));
    Anchor me =
        new Anchor(
            TerritoryRoutes.ofPupil(currentUser.require().id()), getTranslation("home.pupil.me"));
    // In simplified mode, only the essentials: the class.
    me.addClassName("secondary");
    add(me);
    HomeSection.addTo(this, Role.PUPIL, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.pupil.title");
  }
}
