package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioSessions;
import fr.passerelle.app.visio.VisioSignals;
import fr.passerelle.app.visio.Visiophone;
import java.util.Optional;

/**
 * On a pupil's home, right under the heading: "your class is live" with one large button when a
 * session of their class can be joined (shown as soon as the teacher starts it), otherwise a button
 * to call the class (visiophone), which rings on the teacher's screen.
 */
@org.springframework.stereotype.Component
class PupilVisioSection implements HomeSection {

  private final VisioSessions visio;
  private final Visiophone phone;
  private final LiveSignals signals;

  PupilVisioSection(VisioSessions visio, Visiophone phone, LiveSignals signals) {
    this.visio = visio;
    this.phone = phone;
    this.signals = signals;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.PUPIL;
  }

  @Override
  public int order() {
    return -20;
  }

  @Override
  public Optional<Component> create() {
    Section section = new Section();
    section.addClassName("visio-home");
    section.setId("visio-pupil");
    show(section, visio.liveForMyClass());
    for (String topic : phone.bellTopics()) {
      signals.subscribe(
          section,
          topic,
          signal -> {
            if (signal.kind().equals(VisioSignals.LIVE)
                || signal.kind().equals(VisioSignals.ANSWERED)
                || signal.kind().equals(VisioSignals.DECLINED)) {
              Optional<SessionSummary> live = visio.liveForMyClass();
              if (live.isPresent()) {
                show(section, live);
                MainLayout.announce(section, section.getTranslation("visio.home.liveAnnounce"));
              } else if (signal.kind().equals(VisioSignals.DECLINED)) {
                MainLayout.announce(section, section.getTranslation("visio.call.declined"));
                show(section, live);
              }
            }
          });
    }
    return Optional.of(section);
  }

  private void show(Section section, Optional<SessionSummary> live) {
    section.removeAll();
    if (live.isPresent()) {
      section.addClassNames("card", "visio-live");
      section.add(new H2(section.getTranslation("visio.home.live")));
      Anchor join =
          new Anchor(
              VisioCallView.route(live.get().id()), section.getTranslation("visio.home.join"));
      join.setId("visio-join-class");
      join.addClassName("visio-big-button");
      section.add(join);
      return;
    }
    // Nothing to act on: an empty placeholder, filled when the teacher starts a session.
    section.removeClassName("visio-live");
    section.removeClassName("card");
  }
}
