package fr.passerelle.app.chat.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** A few messages in the room of Amélie Durand's CE1 at the Jules Ferry school. */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class ChatDemo implements DemoContribution {

  private record Line(String username, String body, int minutesAgo) {}

  private static final List<Line> LINES =
      List.of(
          new Line("enseignante.ferry", "Bonjour à tous ! Demain, on va à la bibliothèque.", 90),
          new Line("lea.martin", "👍 D’accord", 85),
          new Line("hugo.nguyen", "Est-ce qu’il faut prendre un sac ?", 80),
          new Line("enseignante.ferry", "Oui Hugo, un petit sac pour rapporter un livre.", 75),
          new Line("lea.martin", "🙂 Merci", 70));

  private final SchoolTime time;

  ChatDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 300;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long ce1 =
        id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    long teacher = id(db, "select id from account where username = 'enseignante.ferry'");
    Instant now = time.now();
    long room;
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into chat_room (kind, external_kind, external_key, class_id, created_by,"
                + " created_at) values ('CLASS', 'class', ?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, Long.toString(ce1));
      insert.setLong(2, ce1);
      insert.setLong(3, teacher);
      insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        room = keys.getLong(1);
      }
    }
    for (Line line : LINES) {
      long author = id(db, "select id from account where username = '" + line.username() + "'");
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into chat_message (room_id, author_id, author_username, body, status,"
                  + " sent_at) values (?,?,?,?,'VISIBLE',?)")) {
        insert.setLong(1, room);
        insert.setLong(2, author);
        insert.setString(3, line.username());
        insert.setString(4, line.body());
        insert.setObject(
            5,
            OffsetDateTime.ofInstant(
                now.minus(Duration.ofMinutes(line.minutesAgo())), ZoneOffset.UTC));
        insert.executeUpdate();
      }
    }
  }

  private static long id(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
