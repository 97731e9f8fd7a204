package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passerelle.accessibility.Announcer;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.visio.CallTicket;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioTickets;

/**
 * The call of an outside professional (an interpreter, a therapist) invited by a single-use link,
 * without an account. The link is used up when the call opens; reloading the page in the same
 * browser session keeps the call. The guest waits in the lobby until the teacher lets them in.
 */
@Route(value = "visio/invitation", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/visio.css")
public class VisioInvitationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

  private static final String TICKETS = VisioInvitationView.class.getName() + ".ticket.";

  private final VisioTickets visio;
  private final Announcer announcer = new Announcer();
  private String title = "";

  VisioInvitationView(VisioTickets visio) {
    this.visio = visio;
    setId("main-content");
    addClassName("visio-view");
    addClassName("visio-guest");
  }

  public static String route(String code) {
    return "visio/invitation/" + code;
  }

  @Override
  public void setParameter(BeforeEvent event, String code) {
    removeAll();
    VaadinSession session = VaadinSession.getCurrent();
    CallTicket ticket = (CallTicket) session.getAttribute(TICKETS + code);
    if (ticket == null) {
      try {
        ticket = visio.redeemLink(code);
        session.setAttribute(TICKETS + code, ticket);
      } catch (VisioRefusedException refused) {
        title = getTranslation("visio.call.refusedTitle");
        Paragraph message = new Paragraph(getTranslation(refused.messageKey()));
        message.setId("visio-refused");
        add(new H1(title), message, announcer);
        return;
      }
    }
    title = getTranslation("visio.call.title", ticket.title());
    add(new H1(title), new VisioCall(ticket, announcer::announce, null, null), announcer);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "visio.call.pageTitle", title);
  }
}
