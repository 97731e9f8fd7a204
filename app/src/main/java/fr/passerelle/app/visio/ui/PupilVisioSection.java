package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.visio.ClassCall;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioEvents;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioService;
import java.util.Optional;

/**
 * On a pupil's home, right under the heading: "your class is live" with one large button when a
 * session of their class can be joined (shown as soon as the teacher starts it), otherwise a button
 * to call the class (visiophone), which rings on the teacher's screen.
 */
@org.springframework.stereotype.Component
class PupilVisioSection implements HomeSection {

  private final VisioService visio;
  private final VisioBell bell;

  PupilVisioSection(VisioService visio, VisioBell bell) {
    this.visio = visio;
    this.bell = bell;
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
    section.addClassName("card");
    section.addClassName("visio-home");
    section.setId("visio-pupil");
    show(section, visio.liveForMyClass());
    bell.listen(
        section,
        event -> {
          if (event instanceof VisioEvents.SessionLive
              || event instanceof VisioEvents.CallAnswered) {
            Optional<SessionSummary> live = visio.liveForMyClass();
            if (live.isPresent()) {
              show(section, live);
              MainLayout.announce(section, section.getTranslation("visio.home.liveAnnounce"));
            } else if (event instanceof VisioEvents.CallAnswered answered
                && "DECLINED".equals(answered.state())) {
              MainLayout.announce(section, section.getTranslation("visio.call.declined"));
              show(section, live);
            }
          }
        });
    return Optional.of(section);
  }

  private void show(Section section, Optional<SessionSummary> live) {
    section.removeAll();
    if (live.isPresent()) {
      section.addClassName("visio-live");
      section.add(new H2(section.getTranslation("visio.home.live")));
      Anchor join =
          new Anchor(
              VisioCallView.route(live.get().id()), section.getTranslation("visio.home.join"));
      join.setId("visio-join-class");
      join.addClassName("visio-big-button");
      section.add(join);
      return;
    }
    section.removeClassName("visio-live");
    section.add(new H2(section.getTranslation("visio.home.callHeading")));
    Paragraph state = new Paragraph(section.getTranslation("visio.home.callHelp"));
    state.setId("visio-call-state");
    Button call = new Button(section.getTranslation("visio.home.call"));
    call.setId("visio-call-class");
    call.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    call.addClassName("visio-big-button");
    call.addClickListener(
        e -> {
          try {
            ClassCall placed = visio.callMyClass();
            state.setText(section.getTranslation("visio.home.ringing", placed.className()));
            call.setEnabled(false);
            MainLayout.announce(section, state.getText());
          } catch (VisioRefusedException refused) {
            state.setText(section.getTranslation(refused.messageKey()));
            MainLayout.announce(section, state.getText());
          }
        });
    section.add(new Div(state), call);
  }
}
