package fr.passerelle.app.territory.ui;

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
import fr.passerelle.app.territory.PupilCard;
import fr.passerelle.app.territory.PupilService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A parent's home: one card per child. */
@Route(value = "parent", layout = MainLayout.class)
@RolesAllowed("PARENT")
@Menu(title = "nav.home.parent", order = 4)
class ParentHomeView extends Div implements HasDynamicTitle {

  ParentHomeView(PupilService pupils, List<HomeSection> sections) {
    addClassName("home");
    add(new H1(getTranslation("home.parent.heading")));
    List<PupilCard> children = pupils.myChildren();
    if (children.isEmpty()) {
      add(Cards.empty(this, "home.parent.noChild"));
    }
    for (PupilCard child : children) {
      var c = child.schoolClass();
      add(
          Cards.card(
              child.pupil().full(),
              new Paragraph(
                  c == null
                      ? getTranslation("pupil.noClass")
                      : c.name() + " – " + c.schoolName() + " (" + c.communeName() + ")"),
              new Paragraph(c == null ? "" : Cards.teachersLine(this, c.teachers())),
              new Anchor(
                  PupilView.route(child.pupil().id()),
                  getTranslation("home.parent.open", child.pupil().firstName()))));
    }
    HomeSection.addTo(this, Role.PARENT, sections);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.parent.title");
  }
}
