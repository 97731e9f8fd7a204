package fr.passerelle.app.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.helpdesk.HelpdeskException;
import fr.passerelle.app.helpdesk.HelpdeskService;
import fr.passerelle.app.helpdesk.TicketAction;
import fr.passerelle.app.helpdesk.TicketDetails;
import fr.passerelle.app.helpdesk.TicketRow;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalTime;

/**
 * The tickets the person deals with, most urgent first: a technician's queue, a school's tickets, a
 * teacher's reports. Each shows its steps and only the moves the person may make now.
 */
@Route(value = "tickets", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TEACHER", "TICE_REFERENT", "DIRECTOR"})
class TicketsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "tickets";

  /** A planned intervention's time of day: the day is chosen, the technician comes at nine. */
  static final LocalTime PLANNED_AT = LocalTime.of(9, 0);

  private final HelpdeskService helpdesk;
  private final SchoolTime time;
  private final Formats formats;
  private final long me;
  private final Div list = new Div();
  private final H1 heading = new H1();

  TicketsView(HelpdeskService helpdesk, CurrentUser currentUser, SchoolTime time) {
    this.helpdesk = helpdesk;
    this.time = time;
    this.formats = time.formats(getLocale());
    this.me = currentUser.require().id();
    addClassName("home");
    heading.setText(getTranslation("helpdesk.tickets.heading"));
    heading.getElement().setAttribute("tabindex", "-1");
    add(heading);
    add(list);
    refresh();
    helpdesk.markAllRead();
  }

  private void refresh() {
    list.removeAll();
    var tickets = helpdesk.tickets(false);
    if (tickets.isEmpty()) {
      list.add(new Paragraph(getTranslation("helpdesk.tickets.none")));
      return;
    }
    for (TicketRow row : tickets) {
      list.add(card(helpdesk.ticket(row.id())));
    }
  }

  private Section card(TicketDetails t) {
    TicketRow r = t.row();
    Section card = new Section();
    card.addClassName("card");
    H2 heading =
        new H2(getTranslation("helpdesk.tickets.cardHeading", String.valueOf(r.id()), r.title()));
    card.add(heading);
    card.add(
        new Paragraph(
            getTranslation(
                "helpdesk.tickets.state",
                getTranslation("helpdesk.status." + r.status().name()),
                getTranslation("helpdesk.priority." + r.priority()))));
    card.add(
        new Paragraph(
            getTranslation(
                "helpdesk.tickets.where", r.deviceName(), r.schoolName(), r.reporterName())));
    if (r.technicianName() != null) {
      card.add(new Paragraph(getTranslation("helpdesk.tickets.technician", r.technicianName())));
    }
    if (r.plannedAt() != null) {
      card.add(new Paragraph(getTranslation("helpdesk.tickets.planned", date(r.plannedAt()))));
    }
    card.add(new Paragraph(t.description()));
    OrderedList steps = new OrderedList();
    steps
        .getElement()
        .setAttribute(
            "aria-label", getTranslation("helpdesk.tickets.steps", String.valueOf(r.id())));
    for (TicketDetails.Step s : t.steps()) {
      String line =
          getTranslation(
              "helpdesk.tickets.step",
              date(s.at()),
              s.actorName(),
              getTranslation("helpdesk.status." + s.to().name()));
      steps.add(new ListItem(s.note() == null ? line : line + " : " + s.note()));
    }
    card.add(steps);
    if (!t.allowed().isEmpty()) {
      card.add(actions(t));
    }
    return card;
  }

  private Div actions(TicketDetails t) {
    long id = t.row().id();
    Div actions = new Div();
    actions.addClassName("ticket-actions");
    Paragraph error = new Paragraph();
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    TextArea note = new TextArea(getTranslation("helpdesk.tickets.note", String.valueOf(id)));
    DatePicker when = new DatePicker(getTranslation("helpdesk.tickets.when", String.valueOf(id)));
    when.setLocale(getLocale());
    // Full width: the labels name the ticket, and must not be cut with large text or spacing.
    note.setWidthFull();
    when.setWidthFull();
    boolean needsNote = t.allowed().stream().anyMatch(TicketAction::needsNote);
    if (needsNote) {
      actions.add(note);
    }
    if (t.allowed().contains(TicketAction.PLAN)) {
      when.setMin(time.today());
      actions.add(when);
    }
    Div buttons = new Div();
    for (TicketAction action : t.allowed()) {
      Button button =
          new Button(getTranslation("helpdesk.action." + action.name(), String.valueOf(id)));
      button.addClickListener(
          e -> {
            try {
              switch (action) {
                case ASSIGN -> helpdesk.assign(id, me);
                case PLAN ->
                    helpdesk.plan(
                        id,
                        when.getValue() == null
                            ? null
                            : time.instantOf(when.getValue(), PLANNED_AT),
                        note.getValue());
                case WAIT -> helpdesk.waitFor(id, note.getValue());
                case RESUME -> helpdesk.resume(id);
                case SOLVE -> helpdesk.solve(id, note.getValue());
                case CLOSE -> helpdesk.close(id);
                case REOPEN -> helpdesk.reopen(id, note.getValue());
                case CANCEL -> helpdesk.cancel(id);
              }
              String done =
                  getTranslation(
                      "helpdesk.tickets.moved",
                      String.valueOf(id),
                      getTranslation("helpdesk.status." + action.to().name()));
              refresh();
              heading.getElement().executeJs("this.focus()");
              MainLayout.announce(this, done);
            } catch (HelpdeskException ex) {
              error.setText(getTranslation(ex.key(), ex.arguments()));
              error.setVisible(true);
            }
          });
      buttons.add(button);
    }
    actions.add(error, buttons);
    return actions;
  }

  private String date(Instant at) {
    return formats.dateTime(at);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "helpdesk.tickets.title");
  }
}
