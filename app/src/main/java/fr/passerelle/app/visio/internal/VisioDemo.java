package fr.passerelle.app.visio.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.media.visio.RoomNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Demo visio: Amélie Durand's CE1 at Jules Ferry meets every Monday at 9:00 for 45 minutes, Léa's
 * father (parent.martin) is invited and waits in the lobby.
 */
@Component
// Tests set passerelle.visio.demo-session=false: a weekly session live at the time a test runs
// would change the pupils' homes under them.
@ConditionalOnExpression("${passerelle.demo-data:false} and ${passerelle.visio.demo-session:true}")
public class VisioDemo implements DemoContribution {

  private final SchoolTime time;

  public VisioDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long teacher = id(db, "select id from account where username = 'enseignante.ferry'");
    long parent = id(db, "select id from account where username = 'parent.martin'");
    long ce1 =
        id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    LocalDate monday = time.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant start = time.instantOf(monday, LocalTime.of(9, 0));
    OffsetDateTime now = time.now().atOffset(ZoneOffset.UTC);
    long session;
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into visio_session (class_id, room_name, title, starts_at, duration_minutes,"
                + " weekly, lobby, created_by, created_at) values (?,?,?,?,?,?,?,?,?)",
            new String[] {"id"})) {
      insert.setLong(1, ce1);
      insert.setString(2, RoomNames.generate());
      insert.setString(3, "Lecture du lundi");
      insert.setObject(4, start.atOffset(ZoneOffset.UTC));
      insert.setInt(5, 45);
      insert.setBoolean(6, true);
      insert.setBoolean(7, true);
      insert.setLong(8, teacher);
      insert.setObject(9, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        session = keys.getLong(1);
      }
    }
    try (PreparedStatement invite =
        db.prepareStatement(
            "insert into visio_invitation (session_id, account_id, kind, display_name,"
                + " created_by, created_at) values (?,?,?,?,?,?)")) {
      invite.setLong(1, session);
      invite.setLong(2, parent);
      invite.setString(3, "PARENT");
      invite.setString(4, "Karim Martin");
      invite.setLong(5, teacher);
      invite.setObject(6, now);
      invite.executeUpdate();
    }
  }

  private static long id(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("Demo data missing: " + sql);
      }
      return rs.getLong(1);
    }
  }
}
