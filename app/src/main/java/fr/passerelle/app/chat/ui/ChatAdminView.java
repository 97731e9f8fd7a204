package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.chat.ChatModeration;
import fr.passerelle.app.chat.Emergency;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's chat page: the emergency switch that suspends all messaging at once with a
 * notice pushed to everyone, and whether messages reach other nodes or this one only.
 */
@Route(value = Routes.ADMIN, layout = MainLayout.class)
@RolesAllowed("ADMIN")
@StyleSheet("styles/chat.css")
class ChatAdminView extends Div implements HasDynamicTitle {

  private final ChatModeration chat;
  private final Paragraph state = new Paragraph();
  private final TextArea notice = new TextArea();
  private final Button suspend = new Button();
  private final Button resume = new Button();

  ChatAdminView(ChatModeration chat) {
    this.chat = chat;
    addClassName("chat-admin");
    add(new H1(getTranslation("chat.admin.heading")));

    state.setId("chat-emergency-state");
    notice.setLabel(getTranslation("chat.admin.notice"));
    notice.setId("chat-emergency-notice");
    notice.setMaxLength(500);
    notice.setValue(getTranslation("chat.admin.notice.default"));
    notice.setWidthFull();
    suspend.setText(getTranslation("chat.admin.suspend"));
    suspend.setId("chat-suspend");
    suspend.addClickListener(e -> suspend());
    resume.setText(getTranslation("chat.admin.resume"));
    resume.setId("chat-resume");
    resume.addClickListener(e -> resume());
    Section emergency =
        new Section(
            new H2(getTranslation("chat.admin.emergency")),
            state,
            notice,
            new Div(suspend, resume));
    emergency.addClassName("card");
    add(emergency);

    Paragraph nodes =
        new Paragraph(
            getTranslation(chat.multiNode() ? "chat.admin.multiNode" : "chat.admin.singleNode"));
    nodes.setId("chat-nodes");
    Section cluster = new Section(new H2(getTranslation("chat.admin.nodes")), nodes);
    cluster.addClassName("card");
    add(cluster);
    show(chat.emergency());
  }

  private void suspend() {
    if (notice.getValue().isBlank()) {
      notice.setErrorMessage(getTranslation("chat.admin.notice.required"));
      notice.setInvalid(true);
      notice.focus();
      return;
    }
    notice.setInvalid(false);
    chat.suspendAll(notice.getValue());
    show(chat.emergency());
    MainLayout.announce(this, getTranslation("chat.admin.suspended"));
    resume.focus();
  }

  private void resume() {
    chat.resumeAll();
    show(chat.emergency());
    MainLayout.announce(this, getTranslation("chat.admin.resumed"));
    suspend.focus();
  }

  private void show(Emergency emergency) {
    state.setText(
        emergency.suspended()
            ? getTranslation("chat.suspended", emergency.notice() == null ? "" : emergency.notice())
            : getTranslation("chat.admin.running"));
    suspend.setEnabled(!emergency.suspended());
    resume.setEnabled(emergency.suspended());
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "chat.admin.title");
  }
}
