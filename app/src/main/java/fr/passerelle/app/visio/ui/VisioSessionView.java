package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.visio.InvitableParent;
import fr.passerelle.app.visio.InvitationLine;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioAttendance;
import fr.passerelle.app.visio.VisioInvitations;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioSessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** One session for its teacher: invitations (parents, professionals by link) and attendance. */
@Route(value = "visio/seance", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@StyleSheet("styles/visio.css")
public class VisioSessionView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final VisioSessions sessions;
  private final VisioInvitations visio;
  private final VisioAttendance attendance;
  private final SchoolTime time;
  private String title = "";
  private long sessionId;
  private final UnorderedList invitations = new UnorderedList();
  private final Paragraph linkMessage = new Paragraph();

  VisioSessionView(
      VisioSessions sessions, VisioInvitations visio, VisioAttendance attendance, SchoolTime time) {
    this.sessions = sessions;
    this.visio = visio;
    this.attendance = attendance;
    this.time = time;
    addClassName("visio-session");
  }

  public static String route(long sessionId) {
    return "visio/seance/" + sessionId;
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    sessionId = id;
    SessionSummary session;
    try {
      session = sessions.session(id);
      visio.invitations(id);
    } catch (VisioRefusedException refused) {
      title = getTranslation("visio.call.refusedTitle");
      add(new H1(title), new Paragraph(getTranslation(refused.messageKey())));
      return;
    }
    title = getTranslation("visio.session.heading", session.title(), session.className());
    add(new H1(title), new Paragraph(When.line(this, time.formats(getLocale()), session)));
    if (session.live()) {
      add(
          new Anchor(
              VisioCallView.route(id), getTranslation("visio.sessions.join", session.title())));
    }
    add(invitationsSection(), new AttendanceSection(attendance, time, id));
  }

  private Section invitationsSection() {
    Section section = new Section(new H2(getTranslation("visio.invite.heading")));
    section.addClassName("card");
    List<InvitableParent> parents = visio.invitableParents(sessionId);
    Select<InvitableParent> parent = new Select<>();
    parent.setId("visio-invite-parent");
    parent.setLabel(getTranslation("visio.invite.parent"));
    parent.setItems(parents);
    parent.setItemLabelGenerator(InvitableParent::name);
    Button inviteParent =
        new Button(
            getTranslation("visio.invite.parentButton"),
            e -> {
              if (parent.getValue() == null) {
                MainLayout.announce(this, getTranslation("visio.invite.chooseParent"));
                return;
              }
              visio.inviteParent(sessionId, parent.getValue().accountId());
              refreshInvitations();
              MainLayout.announce(
                  this, getTranslation("visio.invite.parentDone", parent.getValue().name()));
            });
    inviteParent.setId("visio-invite-parent-button");
    TextField guest = new TextField(getTranslation("visio.invite.guest"));
    guest.setId("visio-invite-guest");
    guest.setHelperText(getTranslation("visio.invite.guestHelp"));
    guest.setMaxLength(VisioInvitations.MAX_NAME);
    linkMessage.setId("visio-invite-link");
    Button inviteGuest =
        new Button(
            getTranslation("visio.invite.guestButton"),
            e -> {
              try {
                String code = visio.inviteByLink(sessionId, guest.getValue());
                String link = absolute(VisioInvitationView.route(code));
                linkMessage.setText(getTranslation("visio.invite.linkCreated", link));
                guest.clear();
                refreshInvitations();
                MainLayout.announce(this, getTranslation("visio.invite.linkAnnounced"));
              } catch (IllegalArgumentException ex) {
                linkMessage.setText(getTranslation(ex.getMessage()));
                MainLayout.announce(this, getTranslation(ex.getMessage()));
              }
            });
    inviteGuest.setId("visio-invite-guest-button");
    Div parentRow = new Div(parent, inviteParent);
    parentRow.addClassName("visio-form");
    Div guestRow = new Div(guest, inviteGuest);
    guestRow.addClassName("visio-form");
    invitations.setId("visio-invitations");
    section.add(parentRow, guestRow, linkMessage, new H2(getTranslation("visio.invite.list")));
    section.add(invitations);
    refreshInvitations();
    return section;
  }

  /** The link's full address, from the request the click came with. */
  private static String absolute(String route) {
    VaadinServletRequest current = VaadinServletRequest.getCurrent();
    if (current == null) {
      return "/" + route;
    }
    HttpServletRequest request = current.getHttpServletRequest();
    String url = request.getRequestURL().toString();
    String base = url.substring(0, url.length() - request.getRequestURI().length());
    return base + request.getContextPath() + "/" + route;
  }

  private void refreshInvitations() {
    invitations.removeAll();
    List<InvitationLine> lines = visio.invitations(sessionId);
    if (lines.isEmpty()) {
      invitations.add(new ListItem(getTranslation("visio.invite.none")));
    }
    for (InvitationLine line : lines) {
      String state =
          line.byLink()
              ? getTranslation(
                  line.linkUsed() ? "visio.invite.linkUsed" : "visio.invite.linkUnused")
              : getTranslation("visio.invite.byAccount");
      invitations.add(
          new ListItem(
              getTranslation(
                  "visio.invite.line",
                  line.name(),
                  getTranslation("visio.invite.kind." + line.kind()),
                  state)));
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "visio.call.pageTitle", title);
  }
}
