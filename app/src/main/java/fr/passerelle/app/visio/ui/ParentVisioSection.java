package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioInvitations;
import java.util.List;
import java.util.Optional;

/** On a parent's home, under the heading: the visio sessions they are invited to. */
@org.springframework.stereotype.Component
class ParentVisioSection implements HomeSection {

  private final VisioInvitations visio;
  private final SchoolTime time;

  ParentVisioSection(VisioInvitations visio, SchoolTime time) {
    this.visio = visio;
    this.time = time;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.PARENT;
  }

  @Override
  public int order() {
    return -10;
  }

  @Override
  public Optional<Component> create() {
    List<SessionSummary> invited = visio.myInvitations();
    if (invited.isEmpty()) {
      return Optional.empty();
    }
    Section section = new Section();
    section.add(new H2(section.getTranslation("visio.home.parentHeading")));
    section.addClassName("card");
    section.setId("visio-parent");
    UnorderedList list = new UnorderedList();
    Formats formats = When.formats(time);
    for (SessionSummary s : invited) {
      ListItem item = new ListItem(new Paragraph(When.line(section, formats, s)));
      if (s.live()) {
        item.add(
            new Anchor(
                VisioCallView.route(s.id()),
                section.getTranslation("visio.sessions.join", s.title())));
      }
      list.add(item);
    }
    section.add(list, new Paragraph(section.getTranslation("visio.home.parentLobby")));
    return Optional.of(section);
  }
}
