package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.visio.CallTicket;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioSessions;
import fr.passerelle.app.visio.VisioTickets;
import jakarta.annotation.security.PermitAll;

/**
 * A session's call, for whoever may join it: the class's teachers (who moderate), its pupils, and
 * the parents invited (who wait in the lobby). Anyone else reads why they cannot join.
 */
@Route(value = "visio", layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/visio.css")
public class VisioCallView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final VisioTickets visio;
  private final VisioSessions sessions;
  private String title = "";

  VisioCallView(VisioTickets visio, VisioSessions sessions) {
    this.visio = visio;
    this.sessions = sessions;
    addClassName("visio-view");
  }

  /** The call of a session. */
  public static String route(long sessionId) {
    return "visio/" + sessionId;
  }

  /** The class chat another feature provides. */
  static String chatRoute(long classId) {
    return "chat/classe/" + classId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long sessionId) {
    removeAll();
    CallTicket ticket;
    try {
      ticket = visio.join(sessionId);
    } catch (VisioRefusedException refused) {
      title = getTranslation("visio.call.refusedTitle");
      H1 heading = new H1(title);
      Paragraph message = new Paragraph(getTranslation(refused.messageKey()));
      message.setId("visio-refused");
      add(heading, message, new Anchor("", getTranslation("visio.call.home")));
      return;
    }
    title = getTranslation("visio.call.title", ticket.title());
    add(new H1(title));
    add(
        new VisioCall(
            ticket,
            text -> MainLayout.announce(this, text),
            ticket.moderator() ? () -> sessions.endForAll(ticket.sessionId()) : null,
            chatRoute(ticket.classId())));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "visio.call.pageTitle", title);
  }
}
