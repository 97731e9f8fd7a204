package fr.passerelle.app.speech.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.speech.SpeechHealth;
import fr.passerelle.app.speech.SpeechService;
import java.util.Optional;

/** On the administrator's home: whether French can be read aloud, and the way to the details. */
@org.springframework.stereotype.Component
class SpeechHomeSection implements HomeSection {

  private final SpeechService speech;

  SpeechHomeSection(SpeechService speech) {
    this.speech = speech;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.ADMIN;
  }

  @Override
  public Optional<com.vaadin.flow.component.Component> create() {
    SpeechHealth health = speech.health();
    Section section = new Section();
    section.addClassName("card");
    section.add(new H2(section.getTranslation("speech.home.heading")));
    long working = health.engines().stream().filter(e -> !e.isolated()).count();
    section.add(
        new Paragraph(
            section.getTranslation(
                health.frenchAvailable() ? "speech.home.ok" : "speech.home.missing",
                working,
                health.cacheEntries())));
    section.add(new Anchor(SpeechHealthView.ROUTE, section.getTranslation("speech.home.open")));
    return Optional.of(section);
  }
}
