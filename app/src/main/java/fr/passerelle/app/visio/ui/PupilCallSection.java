package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.visio.ClassCall;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.Visiophone;
import java.util.Optional;

/**
 * On a pupil's home, after its own content: the visiophone. A pupil away from school calls their
 * class; it rings on the teacher's screen, and the "your class is live" section shows the answer.
 */
@org.springframework.stereotype.Component
class PupilCallSection implements HomeSection {

  private final Visiophone visio;

  PupilCallSection(Visiophone visio) {
    this.visio = visio;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.PUPIL;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<Component> create() {
    Section section = new Section();
    section.addClassName("card");
    section.setId("visio-call");
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
    section.add(state, call);
    return Optional.of(section);
  }
}
