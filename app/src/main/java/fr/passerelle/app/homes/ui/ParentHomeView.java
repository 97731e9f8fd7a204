package fr.passerelle.app.homes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.ChildPart;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.PupilCard;
import fr.passerelle.app.territory.PupilService;
import fr.passerelle.app.territory.ui.TerritoryCards;
import fr.passerelle.app.territory.ui.TerritoryRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * A parent's home: one card per child, with what asks the parent to act first ({@link ChildPart}),
 * then the features' sections.
 */
@Route(value = "parent", layout = MainLayout.class)
@RolesAllowed("PARENT")
@Menu(title = "nav.home.parent", order = 4)
class ParentHomeView extends Div implements HasDynamicTitle {

  ParentHomeView(PupilService pupils, List<HomeSection> sections, List<ChildPart> parts) {
    addClassName("home");
    add(new H1(getTranslation("home.parent.heading")));
    List<PupilCard> children = pupils.myChildren();
    if (children.isEmpty()) {
      add(TerritoryCards.empty(this, "home.parent.noChild"));
    }
    List<ChildPart> sorted =
        parts.stream().sorted(Comparator.comparingInt(ChildPart::order)).toList();
    for (PupilCard child : children) {
      add(childCard(child, sorted));
    }
    HomeSection.addTo(this, Role.PARENT, sections);
  }

  /**
   * One child's card: the name, the class, then what asks the parent to act, then homework,
   * messages, menus and outings, then the link to the child's page.
   */
  private Section childCard(PupilCard child, List<ChildPart> parts) {
    var c = child.schoolClass();
    long id = child.pupil().id();
    Section card =
        TerritoryCards.card(
            child.pupil().full(),
            new Paragraph(
                c == null
                    ? getTranslation("pupil.noClass")
                    : c.name() + " – " + c.schoolName() + " (" + c.communeName() + ")"),
            new Paragraph(c == null ? "" : TerritoryCards.teachersLine(this, c.teachers())));
    card.setId("child-" + id);
    card.addClassName("child-card");
    // The card is a region named by the child's name, so a screen reader lists one per child.
    card.getChildren()
        .findFirst()
        .ifPresent(
            heading -> {
              heading.setId("child-" + id + "-name");
              card.getElement().setAttribute("aria-labelledby", "child-" + id + "-name");
            });
    for (ChildPart part : parts) {
      part.create(id)
          .ifPresent(
              component -> {
                component.addClassName("child-part");
                if (part.asksToAct()) {
                  component.addClassName("child-action");
                }
                card.add(component);
              });
    }
    card.add(
        new Anchor(
            TerritoryRoutes.ofPupil(id),
            getTranslation("home.parent.open", child.pupil().firstName())));
    return card;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "home.parent.title");
  }
}
