package fr.passerelle.app.helpdesk;

import fr.passerelle.app.helpdesk.internal.NotificationStore;
import fr.passerelle.app.helpdesk.internal.TicketAccess;
import fr.passerelle.app.helpdesk.internal.TicketStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakdown tickets: reported from a school on one of its devices, taken and planned by the
 * technicians, solved, then closed by the school. Who may make each move is in {@link
 * TicketAction}; the reporter is told of every move they did not make themselves. The caller's
 * in-app notifications (their tickets', their pupils' assistive devices') are read here too.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskService {

  private final TicketStore tickets;
  private final NotificationStore notifications;
  private final TicketAccess access;
  private final InventoryService inventory;
  private final People people;
  private final SchoolTime time;

  HelpdeskService(
      TicketStore tickets,
      NotificationStore notifications,
      TicketAccess access,
      InventoryService inventory,
      People people,
      SchoolTime time) {
    this.tickets = tickets;
    this.notifications = notifications;
    this.access = access;
    this.inventory = inventory;
    this.people = people;
    this.time = time;
  }

  /** Reports a breakdown on a device of the caller's school; returns the ticket's number. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public long report(long deviceId, String title, String description, int urgency, int impact) {
    Caller caller = access.caller();
    DeviceRow device = inventory.reportableDevice(deviceId);
    if (title.isBlank()) {
      throw new HelpdeskException("helpdesk.error.titleRequired");
    }
    if (description.isBlank()) {
      throw new HelpdeskException("helpdesk.error.descriptionRequired");
    }
    int priority = Priority.of(urgency, impact);
    Instant now = time.now();
    long id =
        tickets.insert(
            device.schoolId(),
            deviceId,
            caller.id(),
            cut(title, 160),
            cut(description, 2000),
            urgency,
            impact,
            priority,
            now);
    tickets.step(id, caller.id(), null, TicketStatus.NEW, null, now);
    notifications.send(List.of(caller.id()), "helpdesk.notify.NEW", id, now, id, device.name());
    return id;
  }

  /**
   * The tickets the caller deals with: a technician's queue (new ones and their own), all open ones
   * for an administrator, the school's for its referent and director, a teacher's own reports.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<TicketRow> tickets(boolean openOnly) {
    Caller caller = access.caller();
    if (access.isAdmin(caller)) {
      return rows(tickets.all(openOnly));
    }
    if (access.isTechnician(caller)) {
      return rows(tickets.queueOf(caller.id(), openOnly));
    }
    if (access.isStaffOfOwnSchool(caller)) {
      return rows(tickets.ofSchool(Objects.requireNonNull(caller.schoolId()), openOnly));
    }
    return rows(tickets.reportedBy(caller.id(), openOnly));
  }

  /** One ticket with its steps and what the caller may do now. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public TicketDetails ticket(long id) {
    Caller caller = access.caller();
    TicketStore.Ticket ticket = readable(caller, id);
    List<TicketStore.Step> stored = tickets.steps(id);
    Map<Long, String> names = names(stored.stream().map(TicketStore.Step::actorId));
    List<TicketDetails.Step> steps =
        stored.stream()
            .map(
                s ->
                    new TicketDetails.Step(
                        s.at(), names.getOrDefault(s.actorId(), "?"), s.from(), s.to(), s.note()))
            .toList();
    Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
    for (TicketAction action : TicketAction.values()) {
      if (action.allowedFrom(ticket.status()) && access.may(caller, action, ticket)) {
        allowed.add(action);
      }
    }
    return new TicketDetails(
        rows(List.of(tickets.line(id))).getFirst(),
        ticket.description(),
        ticket.urgency(),
        ticket.impact(),
        ticket.resolution(),
        steps,
        allowed);
  }

  /** The technicians, for an administrator to assign a ticket to. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  public List<PersonName> technicians() {
    return people.names(tickets.technicians());
  }

  /** A technician takes a new ticket; an administrator gives it to a technician. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void assign(long id, long technicianId) {
    Caller caller = access.caller();
    if (!people.hasRole(technicianId, Role.TECHNICIAN)
        || !access.mayAssignTo(caller, technicianId)) {
      throw access.deny(caller, "ticket:" + id);
    }
    move(caller, id, TicketAction.ASSIGN, null, null, technicianId);
  }

  /** Plans the intervention. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void plan(long id, @Nullable Instant when, @Nullable String note) {
    move(access.caller(), id, TicketAction.PLAN, note, when, null);
  }

  /** Puts the ticket on hold, saying what is awaited. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void waitFor(long id, String note) {
    move(access.caller(), id, TicketAction.WAIT, note, null, null);
  }

  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void resume(long id) {
    move(access.caller(), id, TicketAction.RESUME, null, null, null);
  }

  /** Marks the breakdown solved, saying what was done. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void solve(long id, String whatWasDone) {
    move(access.caller(), id, TicketAction.SOLVE, whatWasDone, null, null);
  }

  /** The school accepts the solution. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void close(long id) {
    move(access.caller(), id, TicketAction.CLOSE, null, null, null);
  }

  /** The school says it is not solved. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void reopen(long id, String whatIsWrong) {
    move(access.caller(), id, TicketAction.REOPEN, whatIsWrong, null, null);
  }

  /** The reporter withdraws a ticket nobody has taken yet. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void cancel(long id) {
    move(access.caller(), id, TicketAction.CANCEL, null, null, null);
  }

  /** The caller's notifications, newest first. */
  @PreAuthorize("isAuthenticated()")
  public List<Notification> notifications(int limit) {
    return notifications.latest(access.caller().id(), limit);
  }

  @PreAuthorize("isAuthenticated()")
  public int unread() {
    return notifications.unread(access.caller().id());
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void markAllRead() {
    notifications.markAllRead(access.caller().id(), time.now());
  }

  // --- inside the module

  private void move(
      Caller caller,
      long id,
      TicketAction action,
      @Nullable String note,
      @Nullable Instant plannedAt,
      @Nullable Long technicianId) {
    TicketStore.Ticket ticket = readable(caller, id);
    if (!access.may(caller, action, ticket)) {
      throw access.deny(caller, "ticket:" + id + ":" + action);
    }
    TicketStatus from = ticket.status();
    TicketStatus to = action.to();
    if (!action.allowedFrom(from)) {
      throw new HelpdeskException("helpdesk.error.transition", from.name(), to.name());
    }
    if (action.needsNote() && (note == null || note.isBlank())) {
      throw new HelpdeskException("helpdesk.error.noteRequired");
    }
    if (action == TicketAction.PLAN && plannedAt == null) {
      throw new HelpdeskException("helpdesk.error.dateRequired");
    }
    Instant now = time.now();
    boolean solving = action == TicketAction.SOLVE;
    TicketStore.Move move =
        new TicketStore.Move(
            from,
            to,
            technicianId,
            plannedAt,
            solving ? cut(Objects.requireNonNull(note), 2000) : null,
            solving ? now : null,
            action == TicketAction.REOPEN,
            to == TicketStatus.CLOSED ? now : null);
    if (!tickets.move(id, move)) {
      throw new HelpdeskException("helpdesk.error.transition", from.name(), to.name());
    }
    tickets.step(
        id, caller.id(), from, to, note == null || note.isBlank() ? null : cut(note, 2000), now);
    if (ticket.reporterId() != caller.id()) {
      notifications.send(
          List.of(ticket.reporterId()),
          "helpdesk.notify." + to.name(),
          id,
          now,
          id,
          ticket.deviceName());
    }
  }

  /** The ticket, refused (and audited) when it does not exist or the caller may not see it. */
  private TicketStore.Ticket readable(Caller caller, long id) {
    return tickets
        .ticket(id)
        .filter(t -> access.mayRead(caller, t))
        .orElseThrow(() -> access.deny(caller, "ticket:" + id));
  }

  private List<TicketRow> rows(List<TicketStore.Line> lines) {
    Map<Long, String> names =
        names(lines.stream().flatMap(l -> Stream.of(l.reporterId(), l.technicianId())));
    return lines.stream()
        .map(
            l ->
                new TicketRow(
                    l.id(),
                    l.schoolId(),
                    l.schoolName(),
                    l.deviceId(),
                    l.deviceName(),
                    l.title(),
                    l.status(),
                    l.priority(),
                    names.getOrDefault(l.reporterId(), "?"),
                    l.technicianId() == null ? null : names.get(l.technicianId()),
                    l.createdAt(),
                    l.plannedAt()))
        .toList();
  }

  /** Full names by account id. */
  private Map<Long, String> names(Stream<@Nullable Long> ids) {
    Map<Long, String> names = new HashMap<>();
    people
        .names(ids.filter(Objects::nonNull).distinct().toList())
        .forEach(p -> names.put(p.id(), p.full()));
    return names;
  }

  private static String cut(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
