package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.visio.VisioTickets;
import java.util.Optional;

/**
 * On the administrator's home, when no Jitsi deployment is configured: the visio runs on the public
 * Jitsi without tokens (short demo calls, anyone with the room name may enter), and how to
 * configure one.
 */
@org.springframework.stereotype.Component
class AdminVisioSection implements HomeSection {

  private final VisioTickets visio;

  AdminVisioSection(VisioTickets visio) {
    this.visio = visio;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.ADMIN;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public Optional<Component> create() {
    if (visio.deploymentConfigured()) {
      return Optional.empty();
    }
    Section section = new Section();
    section.addClassName("card");
    section.setId("visio-admin");
    section.add(
        new H2(section.getTranslation("visio.admin.heading")),
        new Paragraph(section.getTranslation("visio.admin.publicDemo")),
        new Paragraph(section.getTranslation("visio.admin.configure")));
    return Optional.of(section);
  }
}
