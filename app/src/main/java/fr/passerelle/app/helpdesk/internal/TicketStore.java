package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.helpdesk.TicketStatus;
import fr.passerelle.app.inventory.TicketFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Tickets and their steps ({@code ticket}, {@code ticket_step}), with the names of their school and
 * device read from the territory's and the inventory's tables (read only), and the account ids of
 * the technicians ({@code account_role}).
 */
@Component
public class TicketStore {

  /** One ticket in a list; the people are ids, named by the service. */
  public record Line(
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

  /** One ticket as the rules need it. */
  public record Ticket(
      long id,
      long schoolId,
      long deviceId,
      String deviceName,
      long reporterId,
      @Nullable Long technicianId,
      TicketStatus status,
      String description,
      int urgency,
      int impact,
      @Nullable String resolution) {}

  /** One step of a ticket. */
  public record Step(
      Instant at,
      long actorId,
      @Nullable TicketStatus from,
      TicketStatus to,
      @Nullable String note) {}

  /**
   * What a move writes besides the status: the technician it is given to, the planned date, the
   * resolution and when it was solved, whether the solution is undone, when it was closed.
   */
  public record Move(
      TicketStatus from,
      TicketStatus to,
      @Nullable Long technicianId,
      @Nullable Instant plannedAt,
      @Nullable String resolution,
      @Nullable Instant solvedAt,
      boolean unsolved,
      @Nullable Instant closedAt) {}

  private static final String LINE =
      "select t.id, t.school_id, s.name as school_name, t.device_id, d.name as device_name,"
          + " t.title, t.status, t.priority, t.reporter_id, t.technician_id, t.created_at,"
          + " t.planned_at from ticket t join school s on s.id = t.school_id"
          + " join device d on d.id = t.device_id";
  private static final String OPEN = " and t.status not in ('SOLVED', 'CLOSED')";
  private static final String ORDER = " order by t.priority desc, t.created_at, t.id";

  private final JdbcClient jdbc;

  TicketStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new ticket; returns its number. */
  public long insert(
      long schoolId,
      long deviceId,
      long reporterId,
      String title,
      String description,
      int urgency,
      int impact,
      int priority,
      Instant at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ticket (school_id, device_id, reporter_id, title, description, urgency,"
                + " impact, priority, status, created_at) values (?,?,?,?,?,?,?,?,'NEW',?)")
        .params(
            schoolId,
            deviceId,
            reporterId,
            title,
            description,
            urgency,
            impact,
            priority,
            Timestamp.from(at))
        .update(keys, "id");
    return Objects.requireNonNull(keys.getKey()).longValue();
  }

  public void step(
      long ticketId,
      long actorId,
      @Nullable TicketStatus from,
      TicketStatus to,
      @Nullable String note,
      Instant at) {
    jdbc.sql(
            "insert into ticket_step (ticket_id, step_at, actor_id, from_status, to_status, note)"
                + " values (?,?,?,?,?,?)")
        .params(
            ticketId,
            Timestamp.from(at),
            actorId,
            from == null ? null : from.name(),
            to.name(),
            note)
        .update();
  }

  /**
   * Moves the ticket if it still has the status the move starts from; returns whether it did (it
   * did not when someone moved it meanwhile).
   */
  public boolean move(long id, Move move) {
    List<String> sets = new ArrayList<>(List.of("status = ?"));
    List<@Nullable Object> params = new ArrayList<>(List.of(move.to().name()));
    if (move.technicianId() != null) {
      set(sets, "technician_id = ?");
      params.add(move.technicianId());
    }
    if (move.plannedAt() != null) {
      set(sets, "planned_at = ?");
      params.add(Timestamp.from(move.plannedAt()));
    }
    if (move.resolution() != null) {
      set(sets, "resolution = ?");
      params.add(move.resolution());
    }
    if (move.solvedAt() != null) {
      set(sets, "solved_at = ?");
      params.add(Timestamp.from(move.solvedAt()));
    }
    if (move.unsolved()) {
      set(sets, "solved_at = null");
    }
    if (move.closedAt() != null) {
      set(sets, "closed_at = ?");
      params.add(Timestamp.from(move.closedAt()));
    }
    params.add(id);
    params.add(move.from().name());
    return jdbc.sql("update ticket set " + String.join(", ", sets) + " where id = ? and status = ?")
            .params(params)
            .update()
        == 1;
  }

  private static void set(List<String> sets, String sql) {
    sets.add(sql);
  }

  public Optional<Ticket> ticket(long id) {
    return jdbc.sql(
            "select t.id, t.school_id, t.device_id, d.name, t.reporter_id, t.technician_id,"
                + " t.status, t.description, t.urgency, t.impact, t.resolution from ticket t"
                + " join device d on d.id = t.device_id where t.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Ticket(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getLong(5),
                    rs.getObject(6) == null ? null : rs.getLong(6),
                    TicketStatus.valueOf(rs.getString(7)),
                    rs.getString(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    rs.getString(11)))
        .optional();
  }

  public List<Step> steps(long ticketId) {
    return jdbc.sql(
            "select step_at, actor_id, from_status, to_status, note from ticket_step"
                + " where ticket_id = ? order by step_at, id")
        .param(ticketId)
        .query(
            (rs, n) ->
                new Step(
                    rs.getTimestamp(1).toInstant(),
                    rs.getLong(2),
                    rs.getString(3) == null ? null : TicketStatus.valueOf(rs.getString(3)),
                    TicketStatus.valueOf(rs.getString(4)),
                    rs.getString(5)))
        .list();
  }

  /** One ticket's line. */
  public Line line(long id) {
    return jdbc.sql(LINE + " where t.id = ?").param(id).query(TicketStore::line).single();
  }

  /** Every ticket, most urgent first. */
  public List<Line> all(boolean openOnly) {
    return jdbc.sql(LINE + " where 1 = 1" + (openOnly ? OPEN : "") + ORDER)
        .query(TicketStore::line)
        .list();
  }

  /** A technician's queue: the new tickets and theirs. */
  public List<Line> queueOf(long technicianId, boolean openOnly) {
    return jdbc.sql(
            LINE
                + " where (t.status = 'NEW' or t.technician_id = ?)"
                + (openOnly ? OPEN : "")
                + ORDER)
        .param(technicianId)
        .query(TicketStore::line)
        .list();
  }

  public List<Line> ofSchool(long schoolId, boolean openOnly) {
    return jdbc.sql(LINE + " where t.school_id = ?" + (openOnly ? OPEN : "") + ORDER)
        .param(schoolId)
        .query(TicketStore::line)
        .list();
  }

  public List<Line> reportedBy(long reporterId, boolean openOnly) {
    return jdbc.sql(LINE + " where t.reporter_id = ?" + (openOnly ? OPEN : "") + ORDER)
        .param(reporterId)
        .query(TicketStore::line)
        .list();
  }

  /** The accounts with the technician role. */
  public List<Long> technicians() {
    return jdbc.sql("select account_id from account_role where role = 'TECHNICIAN'")
        .query(Long.class)
        .list();
  }

  /** Open tickets and mean hours to a solution, by commune of the ticket's school. */
  public Map<Long, TicketFigures.OfCommune> byCommune() {
    Map<Long, Integer> open = new HashMap<>();
    Map<Long, double[]> resolve = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, t.status, t.created_at, t.solved_at from ticket t"
                + " join school s on s.id = t.school_id")
        .query(
            (ResultSet rs) -> {
              long commune = rs.getLong(1);
              if (TicketStatus.valueOf(rs.getString(2)).isOpen()) {
                open.merge(commune, 1, Integer::sum);
              }
              Timestamp solved = rs.getTimestamp(4);
              if (solved != null) {
                double[] r = resolve.computeIfAbsent(commune, k -> new double[2]);
                r[0] +=
                    ChronoUnit.MINUTES.between(rs.getTimestamp(3).toInstant(), solved.toInstant())
                        / 60.0;
                r[1]++;
              }
            });
    Map<Long, TicketFigures.OfCommune> figures = new HashMap<>();
    open.keySet().forEach(c -> figures.put(c, figure(c, open, resolve)));
    resolve.keySet().forEach(c -> figures.put(c, figure(c, open, resolve)));
    return figures;
  }

  private static TicketFigures.OfCommune figure(
      long commune, Map<Long, Integer> open, Map<Long, double[]> resolve) {
    double[] r = resolve.get(commune);
    return new TicketFigures.OfCommune(
        open.getOrDefault(commune, 0), r == null ? null : r[0] / r[1]);
  }

  private static Line line(ResultSet rs, int n) throws SQLException {
    Timestamp planned = rs.getTimestamp("planned_at");
    return new Line(
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
}
