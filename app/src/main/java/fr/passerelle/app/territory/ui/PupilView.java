package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.PupilCard;
import fr.passerelle.app.territory.PupilService;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** One pupil, for the pupil, their parents, their teachers and director. */
@Route(value = TerritoryRoutes.PUPIL, layout = MainLayout.class)
@RolesAllowed({"PUPIL", "PARENT", "TEACHER", "DIRECTOR", "ADMIN"})
class PupilView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final PupilService pupils;
  private final CurrentUser currentUser;
  private String name = "";

  PupilView(PupilService pupils, CurrentUser currentUser) {
    this.pupils = pupils;
    this.currentUser = currentUser;
  }

  @Override
  public void setParameter(BeforeEvent event, Long pupilId) {
    PupilCard card = pupils.pupil(pupilId);
    name = card.pupil().full();
    removeAll();
    add(new H1(name));
    if (card.schoolClass() == null) {
      add(TerritoryCards.empty(this, "pupil.noClass"));
    } else {
      var c = card.schoolClass();
      add(
          TerritoryCards.card(
              getTranslation("pupil.class"),
              new Paragraph(c.name() + " – " + c.schoolName() + " (" + c.communeName() + ")"),
              new Paragraph(TerritoryCards.teachersLine(this, c.teachers())),
              new Anchor(
                  TerritoryRoutes.ofClass(c.id()), getTranslation("pupil.openClass", c.name()))));
    }
    add(
        TerritoryCards.card(
            getTranslation("pupil.guardians"),
            card.guardians().isEmpty()
                ? TerritoryCards.empty(this, "pupil.noGuardian")
                : new Paragraph(
                    card.guardians().stream()
                        .map(PersonName::full)
                        .collect(Collectors.joining(", ")))));
    if (card.needsShown()) {
      boolean self = currentUser.require().id() == card.pupil().id();
      add(
          new Anchor(
              self ? "accessibilite" : "profil-eleve/" + card.pupil().id(),
              getTranslation(
                  self ? "pupil.myProfile" : "pupil.profile", card.pupil().firstName())));
      add(
          TerritoryCards.card(
              getTranslation("pupil.needs"),
              new Paragraph(getTranslation("pupil.needs.help")),
              TerritoryCards.needsList(this, card.needs())));
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "pupil.pageTitle", name);
  }
}
