package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.visio.ClassCall;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioSignals;
import fr.passerelle.app.visio.Visiophone;
import java.util.List;
import java.util.Optional;

/**
 * On a teacher's home, right under the heading: a pupil calling their class rings here (announced
 * at once, through server push), and the teacher accepts (the call opens) or declines.
 */
@org.springframework.stereotype.Component
class TeacherRingingSection implements HomeSection {

  private final Visiophone visio;
  private final LiveSignals live;

  TeacherRingingSection(Visiophone visio, LiveSignals live) {
    this.visio = visio;
    this.live = live;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.TEACHER;
  }

  @Override
  public int order() {
    return -20;
  }

  @Override
  public Optional<Component> create() {
    Div holder = new Div();
    holder.setId("visio-ringing");
    show(holder, visio.ringing());
    for (String topic : visio.bellTopics()) {
      live.subscribe(
          holder,
          topic,
          signal -> {
            if (signal.kind().equals(VisioSignals.CALLED)
                || signal.kind().equals(VisioSignals.ANSWERED)) {
              List<ClassCall> ringing = visio.ringing();
              show(holder, ringing);
              ringing.stream()
                  .filter(c -> c.id() == signal.subjectId())
                  .filter(c -> signal.kind().equals(VisioSignals.CALLED))
                  .findFirst()
                  .ifPresent(
                      c ->
                          MainLayout.announce(
                              holder,
                              holder.getTranslation("visio.ringing.announce", c.pupilName())));
            }
          });
    }
    return Optional.of(holder);
  }

  private void show(Div holder, List<ClassCall> calls) {
    holder.removeAll();
    for (ClassCall call : calls) {
      Section card = new Section(new H2(holder.getTranslation("visio.ringing.heading")));
      card.addClassName("card");
      card.addClassName("visio-ringing");
      card.add(
          new Paragraph(
              holder.getTranslation("visio.ringing.text", call.pupilName(), call.className())));
      Button accept =
          new Button(
              holder.getTranslation("visio.ringing.accept", call.pupilName()),
              e -> answer(holder, call, true));
      accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
      accept.addClassName("visio-accept");
      Button decline =
          new Button(
              holder.getTranslation("visio.ringing.decline", call.pupilName()),
              e -> answer(holder, call, false));
      decline.addClassName("visio-decline");
      card.add(accept, decline);
      holder.add(card);
    }
  }

  private void answer(Div holder, ClassCall call, boolean accept) {
    try {
      Optional<Long> session = visio.answer(call.id(), accept);
      show(holder, visio.ringing());
      if (session.isPresent()) {
        holder.getUI().ifPresent(ui -> ui.navigate(VisioCallView.route(session.get())));
      } else {
        MainLayout.announce(holder, holder.getTranslation("visio.ringing.declined"));
      }
    } catch (VisioRefusedException refused) {
      show(holder, visio.ringing());
      MainLayout.announce(holder, holder.getTranslation(refused.messageKey()));
    }
  }
}
