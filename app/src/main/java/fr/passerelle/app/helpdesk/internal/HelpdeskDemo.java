package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.helpdesk.Priority;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A few tickets at different steps on Jules Ferry's devices (the inventory's demo, which runs
 * before), with the notifications their reporters got.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class HelpdeskDemo implements DemoContribution {

  private final SchoolTime time;

  HelpdeskDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 210;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    Instant now = time.now().truncatedTo(ChronoUnit.MINUTES);
    long school = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    long ferryPrinter = device(db, "PHCVN101TG");
    long ferryBoard = device(db, "PRM10175");
    long ferryPc = device(db, "5CG101101");
    long referent =
        DemoContribution.id(db, "select id from account where username = 'referent.ferry'");
    long teacher =
        DemoContribution.id(db, "select id from account where username = 'enseignante.ferry'");
    long technician =
        DemoContribution.id(db, "select id from account where username = 'technicien'");
    ticket(
        db,
        school,
        ferryPrinter,
        referent,
        null,
        "NEW",
        "Bourrage papier à répétition",
        "L’imprimante du couloir bloque une feuille sur trois depuis lundi.",
        3,
        3,
        now.minus(2, ChronoUnit.HOURS),
        null);
    ticket(
        db,
        school,
        ferryBoard,
        teacher,
        technician,
        "PLANNED",
        "Le TBI ne s’allume plus",
        "Le tableau de la classe CM reste noir, le voyant clignote en orange.",
        4,
        3,
        now.minus(3, ChronoUnit.DAYS),
        null);
    ticket(
        db,
        school,
        ferryPc,
        referent,
        technician,
        "SOLVED",
        "Poste très lent au démarrage",
        "Le poste 1 de la salle informatique met dix minutes à démarrer.",
        2,
        2,
        now.minus(12, ChronoUnit.DAYS),
        now.minus(10, ChronoUnit.DAYS));
  }

  private static void ticket(
      Connection db,
      long school,
      long device,
      long reporter,
      Long tech,
      String status,
      String title,
      String description,
      int urgency,
      int impact,
      Instant created,
      Instant solved)
      throws SQLException {
    int priority = Priority.of(urgency, impact);
    long id =
        insert(
            db,
            "insert into ticket (school_id, device_id, reporter_id, title, description,"
                + " urgency, impact, priority, status, technician_id, planned_at, resolution, created_at,"
                + " solved_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            school,
            device,
            reporter,
            title,
            description,
            urgency,
            impact,
            priority,
            status,
            tech,
            status.equals("PLANNED") ? Timestamp.from(created.plus(4, ChronoUnit.DAYS)) : null,
            solved == null ? null : "Disque dur remplacé par un SSD, système réinstallé.",
            Timestamp.from(created),
            solved == null ? null : Timestamp.from(solved));
    exec(
        db,
        "insert into ticket_step (ticket_id, step_at, actor_id, to_status) values (?,?,?,?)",
        id,
        Timestamp.from(created),
        reporter,
        "NEW");
    if (tech != null) {
      exec(
          db,
          "insert into ticket_step (ticket_id, step_at, actor_id, from_status, to_status)"
              + " values (?,?,?,?,?)",
          id,
          Timestamp.from(created.plus(1, ChronoUnit.HOURS)),
          tech,
          "NEW",
          "ASSIGNED");
      exec(
          db,
          "insert into ticket_step (ticket_id, step_at, actor_id, from_status, to_status,"
              + " note) values (?,?,?,?,?,?)",
          id,
          Timestamp.from(created.plus(2, ChronoUnit.HOURS)),
          tech,
          "ASSIGNED",
          status,
          solved == null ? null : "Disque dur remplacé par un SSD, système réinstallé.");
      exec(
          db,
          "insert into helpdesk_notification (recipient_id, created_at, message_key,"
              + " arguments, ticket_id) values (?,?,?,?,?)",
          reporter,
          Timestamp.from(created.plus(2, ChronoUnit.HOURS)),
          "helpdesk.notify." + status,
          id + NotificationStore.SEPARATOR + deviceName(db, device),
          id);
    }
  }

  private static long device(Connection db, String serial) throws SQLException {
    return DemoContribution.id(db, "select id from device where serial = '" + serial + "'");
  }

  private static String deviceName(Connection db, long device) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("select name from device where id = ?")) {
      st.setLong(1, device);
      try (ResultSet rows = st.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private static long insert(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql, new String[] {"id"})) {
      bind(st, args);
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void exec(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      bind(st, args);
      st.executeUpdate();
    }
  }

  private static void bind(PreparedStatement st, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
  }
}
