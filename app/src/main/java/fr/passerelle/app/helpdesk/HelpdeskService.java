package fr.passerelle.app.inventory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.inventory.internal.InventoryAccess;
import fr.passerelle.app.inventory.internal.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakdown tickets: reported from a school on one of its devices, taken and planned by the
 * technicians, solved, then closed by the school. Who may make each move is in {@link
 * TicketAction}; the reporter is told of every move they did not make themselves.
 */
@Service
@Transactional(readOnly = true)
public class HelpdeskService {

  private static final String ROW =
      "select t.id, t.school_id, s.name as school_name, t.device_id, d.name as device_name,"
          + " t.title, t.status, t.priority, t.reporter_id, t.technician_id, t.created_at,"
          + " t.planned_at from ticket t join school s on s.id = t.school_id"
          + " join device d on d.id = t.device_id";

  private final JdbcClient jdbc;
  private final InventoryAccess access;
  private final CurrentUser currentUser;
  private final People people;
  private final Notifications notifications;
  private final Clock clock;

  HelpdeskService(
      JdbcClient jdbc,
      InventoryAccess access,
      CurrentUser currentUser,
      People people,
      Notifications notifications,
      Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.currentUser = currentUser;
    this.people = people;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Reports a breakdown on a device of the caller's school; returns the ticket's number. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public long report(long deviceId, String title, String description, int urgency, int impact) {
    Caller caller = currentUser.require();
    Long school =
        jdbc.sql("select school_id from device where id = ? and state <> 'RETIRED'")
            .param(deviceId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (school == null || !access.mayReport(caller, school)) {
      throw access.deny(caller, "device:" + deviceId);
    }
    if (title.isBlank()) {
      throw new InventoryException("helpdesk.error.titleRequired");
    }
    if (description.isBlank()) {
      throw new InventoryException("helpdesk.error.descriptionRequired");
    }
    int priority = Priority.of(urgency, impact);
    Instant now = clock.instant();
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            "insert into ticket (school_id, device_id, reporter_id, title, description, urgency,"
                + " impact, priority, status, created_at) values (?,?,?,?,?,?,?,?,'NEW',?)")
        .params(
            school,
            deviceId,
            caller.id(),
            cut(title, 160),
            cut(description, 2000),
            urgency,
            impact,
            priority,
            Timestamp.from(now))
        .update(keys, "id");
    long id = Objects.requireNonNull(keys.getKey()).longValue();
    step(id, caller, null, TicketStatus.NEW, null, now);
    notifications.send(
        List.of(caller.id()), "helpdesk.notify.NEW", id, now, id, deviceName(deviceId));
    return id;
  }

  /**
   * The tickets the caller deals with: a technician's queue (new ones and their own), all open ones
   * for an administrator, the school's for its referent and director, a teacher's own reports.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<TicketRow> tickets(boolean openOnly) {
    Caller caller = currentUser.require();
    String open = openOnly ? " and t.status not in ('SOLVED', 'CLOSED')" : "";
    String order = " order by t.priority desc, t.created_at, t.id";
    if (caller.has(Role.ADMIN)) {
      return rows(jdbc.sql(ROW + " where 1 = 1" + open + order));
    }
    if (caller.has(Role.TECHNICIAN)) {
      return rows(
          jdbc.sql(ROW + " where (t.status = 'NEW' or t.technician_id = ?)" + open + order)
              .param(caller.id()));
    }
    if (caller.schoolId() != null
        && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))) {
      return rows(jdbc.sql(ROW + " where t.school_id = ?" + open + order).param(caller.schoolId()));
    }
    return rows(jdbc.sql(ROW + " where t.reporter_id = ?" + open + order).param(caller.id()));
  }

  /** One ticket with its steps and what the caller may do now. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public TicketDetails ticket(long id) {
    Caller caller = currentUser.require();
    Raw raw =
        raw(id)
            .filter(r -> mayRead(caller, r))
            .orElseThrow(() -> access.deny(caller, "ticket:" + id));
    List<TicketDetails.Step> steps =
        jdbc.sql(
                "select step_at, actor_id, from_status, to_status, note from ticket_step"
                    + " where ticket_id = ? order by step_at, id")
            .param(id)
            .query(
                (rs, n) ->
                    new TicketDetails.Step(
                        rs.getTimestamp(1).toInstant(),
                        nameOf(rs.getLong(2)),
                        rs.getString(3) == null ? null : TicketStatus.valueOf(rs.getString(3)),
                        TicketStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
            .list();
    Set<TicketAction> allowed = EnumSet.noneOf(TicketAction.class);
    for (TicketAction action : TicketAction.values()) {
      if (action.allowedFrom(raw.status()) && may(caller, action, raw)) {
        allowed.add(action);
      }
    }
    return new TicketDetails(
        rows(jdbc.sql(ROW + " where t.id = ?").param(id)).getFirst(),
        raw.description(),
        raw.urgency(),
        raw.impact(),
        raw.resolution(),
        steps,
        allowed);
  }

  /** The technicians, for an administrator to assign a ticket to. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  public List<PersonName> technicians() {
    return people.names(
        jdbc.sql("select account_id from account_role where role = 'TECHNICIAN'")
            .query(Long.class)
            .list());
  }

  /** A technician takes a new ticket; an administrator gives it to a technician. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void assign(long id, long technicianId) {
    Caller caller = currentUser.require();
    if (!people.hasRole(technicianId, Role.TECHNICIAN)
        || (!caller.has(Role.ADMIN) && technicianId != caller.id())) {
      throw access.deny(caller, "ticket:" + id);
    }
    move(id, TicketAction.ASSIGN, null, null, technicianId);
  }

  /** Plans the intervention. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void plan(long id, @Nullable Instant when, @Nullable String note) {
    move(id, TicketAction.PLAN, note, when, null);
  }

  /** Puts the ticket on hold, saying what is awaited. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void waitFor(long id, String note) {
    move(id, TicketAction.WAIT, note, null, null);
  }

  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void resume(long id) {
    move(id, TicketAction.RESUME, null, null, null);
  }

  /** Marks the breakdown solved, saying what was done. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public void solve(long id, String whatWasDone) {
    move(id, TicketAction.SOLVE, whatWasDone, null, null);
  }

  /** The school accepts the solution. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void close(long id) {
    move(id, TicketAction.CLOSE, null, null, null);
  }

  /** The school says it is not solved. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void reopen(long id, String whatIsWrong) {
    move(id, TicketAction.REOPEN, whatIsWrong, null, null);
  }

  /** The reporter withdraws a ticket nobody has taken yet. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional
  public void cancel(long id) {
    move(id, TicketAction.CANCEL, null, null, null);
  }

  /** The caller's notifications, newest first. */
  @PreAuthorize("isAuthenticated()")
  public List<Notification> notifications(int limit) {
    Caller caller = currentUser.require();
    return jdbc.sql(
            "select id, created_at, message_key, arguments, ticket_id, read_at"
                + " from helpdesk_notification where recipient_id = ?"
                + " order by created_at desc, id desc limit "
                + Math.max(1, Math.min(limit, 200)))
        .param(caller.id())
        .query(
            (rs, n) ->
                new Notification(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    Arrays.asList(rs.getString(4).split(Notifications.SEPARATOR, -1)),
                    rs.getObject(5) == null ? null : rs.getLong(5),
                    rs.getTimestamp(6) != null))
        .list();
  }

  @PreAuthorize("isAuthenticated()")
  public int unread() {
    return jdbc.sql(
            "select count(*) from helpdesk_notification where recipient_id = ? and read_at is null")
        .param(currentUser.require().id())
        .query(Integer.class)
        .single();
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void markAllRead() {
    jdbc.sql(
            "update helpdesk_notification set read_at = ? where recipient_id = ? and read_at is null")
        .params(Timestamp.from(clock.instant()), currentUser.require().id())
        .update();
  }

  // --- inside the module

  private void move(
      long id,
      TicketAction action,
      @Nullable String note,
      @Nullable Instant plannedAt,
      @Nullable Long technicianId) {
    Caller caller = currentUser.require();
    Raw raw =
        raw(id)
            .filter(r -> mayRead(caller, r))
            .orElseThrow(() -> access.deny(caller, "ticket:" + id));
    if (!may(caller, action, raw)) {
      throw access.deny(caller, "ticket:" + id + ":" + action);
    }
    if (!action.allowedFrom(raw.status())) {
      throw new InventoryException(
          "helpdesk.error.transition", raw.status().name(), action.to().name());
    }
    if (action.needsNote() && (note == null || note.isBlank())) {
      throw new InventoryException("helpdesk.error.noteRequired");
    }
    if (action == TicketAction.PLAN && plannedAt == null) {
      throw new InventoryException("helpdesk.error.dateRequired");
    }
    Instant now = clock.instant();
    TicketStatus to = action.to();
    List<String> sets = new java.util.ArrayList<>(List.of("status = ?"));
    List<@Nullable Object> params = new java.util.ArrayList<>(List.of(to.name()));
    if (technicianId != null) {
      clause(sets, "technician_id = ?");
      params.add(technicianId);
    }
    if (plannedAt != null) {
      clause(sets, "planned_at = ?");
      params.add(Timestamp.from(plannedAt));
    }
    if (action == TicketAction.SOLVE) {
      clause(sets, "resolution = ?");
      params.add(cut(Objects.requireNonNull(note), 2000));
      clause(sets, "solved_at = ?");
      params.add(Timestamp.from(now));
    }
    if (action == TicketAction.REOPEN) {
      clause(sets, "solved_at = null");
    }
    if (to == TicketStatus.CLOSED) {
      clause(sets, "closed_at = ?");
      params.add(Timestamp.from(now));
    }
    params.add(id);
    params.add(raw.status().name());
    int changed =
        jdbc.sql("update ticket set " + String.join(", ", sets) + " where id = ? and status = ?")
            .params(params)
            .update();
    if (changed != 1) {
      throw new InventoryException(
          "helpdesk.error.transition", raw.status().name(), action.to().name());
    }
    step(id, caller, raw.status(), to, note, now);
    if (raw.reporterId() != caller.id()) {
      notifications.send(
          List.of(raw.reporterId()),
          "helpdesk.notify." + to.name(),
          id,
          now,
          id,
          deviceName(raw.deviceId()));
    }
  }

  /** Whether the caller's role allows the action on this ticket (whatever its status). */
  private boolean may(Caller caller, TicketAction action, Raw t) {
    boolean admin = caller.has(Role.ADMIN);
    boolean technician = caller.has(Role.TECHNICIAN);
    boolean school =
        Objects.equals(caller.schoolId(), t.schoolId())
            && (caller.has(Role.TICE_REFERENT) || caller.has(Role.DIRECTOR));
    boolean reporter = caller.id() == t.reporterId();
    return switch (action) {
      case ASSIGN -> admin || technician;
      case PLAN, WAIT, RESUME, SOLVE ->
          admin || technician && Objects.equals(t.technicianId(), caller.id());
      case CLOSE, REOPEN -> admin || reporter || school;
      case CANCEL -> admin || reporter;
    };
  }

  private boolean mayRead(Caller caller, Raw t) {
    return InventoryAccess.everywhere(caller)
        || caller.id() == t.reporterId()
        || Objects.equals(caller.schoolId(), t.schoolId())
            && (caller.has(Role.TICE_REFERENT) || caller.has(Role.DIRECTOR));
  }

  private record Raw(
      long id,
      long schoolId,
      long deviceId,
      long reporterId,
      @Nullable Long technicianId,
      TicketStatus status,
      String description,
      int urgency,
      int impact,
      @Nullable String resolution) {}

  private java.util.Optional<Raw> raw(long id) {
    return jdbc.sql(
            "select id, school_id, device_id, reporter_id, technician_id, status, description,"
                + " urgency, impact, resolution from ticket where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Raw(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getObject(5) == null ? null : rs.getLong(5),
                    TicketStatus.valueOf(rs.getString(6)),
                    rs.getString(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getString(10)))
        .optional();
  }

  private void step(
      long id,
      Caller actor,
      @Nullable TicketStatus from,
      TicketStatus to,
      @Nullable String note,
      Instant now) {
    jdbc.sql(
            "insert into ticket_step (ticket_id, step_at, actor_id, from_status, to_status, note)"
                + " values (?,?,?,?,?,?)")
        .params(
            id,
            Timestamp.from(now),
            actor.id(),
            from == null ? null : from.name(),
            to.name(),
            note == null || note.isBlank() ? null : cut(note, 2000))
        .update();
  }

  private List<TicketRow> rows(JdbcClient.StatementSpec spec) {
    List<ResultSetValues> values = spec.query(HelpdeskService::values).list();
    List<Long> people =
        values.stream()
            .flatMap(v -> java.util.stream.Stream.of(v.reporterId(), v.technicianId()))
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    this.people.names(people).forEach(p -> names.put(p.id(), p.full()));
    return values.stream()
        .map(
            v ->
                new TicketRow(
                    v.id(),
                    v.schoolId(),
                    v.schoolName(),
                    v.deviceId(),
                    v.deviceName(),
                    v.title(),
                    v.status(),
                    v.priority(),
                    names.getOrDefault(v.reporterId(), "?"),
                    v.technicianId() == null ? null : names.get(v.technicianId()),
                    v.createdAt(),
                    v.plannedAt()))
        .toList();
  }

  private record ResultSetValues(
      long id,
      long schoolId,
      String schoolName,
      long deviceId,
      String deviceName,
      String title,
      TicketStatus status,
      int priority,
      long reporterId,
      @Nullable Long technicianId,
      Instant createdAt,
      @Nullable Instant plannedAt) {}

  private static ResultSetValues values(ResultSet rs, int n) throws SQLException {
    Timestamp planned = rs.getTimestamp("planned_at");
    return new ResultSetValues(
        rs.getLong("id"),
        rs.getLong("school_id"),
        rs.getString("school_name"),
        rs.getLong("device_id"),
        rs.getString("device_name"),
        rs.getString("title"),
        TicketStatus.valueOf(rs.getString("status")),
        rs.getInt("priority"),
        rs.getLong("reporter_id"),
        rs.getObject("technician_id") == null ? null : rs.getLong("technician_id"),
        rs.getTimestamp("created_at").toInstant(),
        planned == null ? null : planned.toInstant());
  }

  private String deviceName(long deviceId) {
    return jdbc.sql("select name from device where id = ?")
        .param(deviceId)
        .query(String.class)
        .single();
  }

  private String nameOf(long accountId) {
    return people.names(List.of(accountId)).stream().map(PersonName::full).findFirst().orElse("?");
  }

  private static void clause(List<String> sets, String sql) {
    sets.add(sql);
  }

  private static String cut(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
