package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.visio.AttendanceCsv;
import fr.passerelle.app.visio.AttendanceLine;
import fr.passerelle.app.visio.InvitableParent;
import fr.passerelle.app.visio.InvitationLine;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One session for its teacher: invitations (parents, professionals by link) and attendance. */
@Route(value = "visio/seance", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@StyleSheet("styles/visio.css")
public class VisioSessionView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final VisioService visio;
  private String title = "";
  private long sessionId;
  private final UnorderedList invitations = new UnorderedList();
  private final Paragraph linkMessage = new Paragraph();

  VisioSessionView(VisioService visio) {
    this.visio = visio;
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
      session = visio.session(id);
      visio.invitations(id);
    } catch (VisioRefusedException refused) {
      title = getTranslation("visio.call.refusedTitle");
      add(new H1(title), new Paragraph(getTranslation(refused.messageKey())));
      return;
    }
    title = getTranslation("visio.session.heading", session.title(), session.className());
    add(new H1(title), new Paragraph(When.line(this, session)));
    if (session.live()) {
      add(
          new Anchor(
              VisioCallView.route(id), getTranslation("visio.sessions.join", session.title())));
    }
    add(invitationsSection(), attendanceSection());
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
    guest.setMaxLength(120);
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

  private Section attendanceSection() {
    Section section = new Section(new H2(getTranslation("visio.attendance.heading")));
    section.addClassName("card");
    List<AttendanceLine> lines = visio.attendance(sessionId);
    if (lines.isEmpty()) {
      section.add(new Paragraph(getTranslation("visio.attendance.none")));
      return section;
    }
    NativeTable table = new NativeTable();
    table.setId("visio-attendance");
    table.addClassName("visio-table");
    NativeTableHeader head = new NativeTableHeader();
    NativeTableRow headRow = new NativeTableRow();
    for (String heading : headings()) {
      NativeTableHeaderCell cell = new NativeTableHeaderCell(heading);
      cell.getElement().setAttribute("scope", "col");
      headRow.add(cell);
    }
    head.add(headRow);
    NativeTableBody body = new NativeTableBody();
    for (AttendanceLine line : lines) {
      NativeTableRow row = new NativeTableRow();
      NativeTableHeaderCell name = new NativeTableHeaderCell(line.name());
      name.getElement().setAttribute("scope", "row");
      row.add(
          name,
          new NativeTableCell(When.time(this, line.firstJoined())),
          new NativeTableCell(
              line.lastLeft() == null
                  ? getTranslation("visio.attendance.stillThere")
                  : When.time(this, line.lastLeft())),
          new NativeTableCell(
              getTranslation("visio.attendance.minutes", line.duration().toMinutes())));
      body.add(row);
    }
    table.add(head, body);
    Anchor csv =
        new Anchor(
            DownloadHandler.fromInputStream(
                download -> {
                  byte[] bytes =
                      ("\uFEFF" + AttendanceCsv.write(visio.attendance(sessionId), headings()))
                          .getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "presence-visio-" + sessionId + ".csv",
                      "text/csv;charset=UTF-8",
                      bytes.length);
                }),
            getTranslation("visio.attendance.csv"));
    csv.setId("visio-attendance-csv");
    section.add(table, csv);
    return section;
  }

  private List<String> headings() {
    return List.of(
        getTranslation("visio.attendance.name"),
        getTranslation("visio.attendance.joined"),
        getTranslation("visio.attendance.left"),
        getTranslation("visio.attendance.duration"));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "visio.call.pageTitle", title);
  }
}
