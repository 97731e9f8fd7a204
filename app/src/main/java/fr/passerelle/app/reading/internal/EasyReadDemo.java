package fr.passerelle.app.reading.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Two easy-to-read versions of the text of Amélie Durand's CE1 at the Jules Ferry school: one
 * validated by the director (pupils with the simplified profile read it first), and a newer one
 * waiting for her review.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class EasyReadDemo implements DemoContribution {

  static final String VALIDATED =
      "Bienvenue dans ta classe.\nTa classe s’appelle CE1.\nTa maîtresse s’appelle Amélie Durand.";

  static final String SUBMITTED =
      "Bienvenue dans ta classe de CE1.\n"
          + "Ton école s’appelle Jules Ferry.\n"
          + "Ta maîtresse s’appelle Amélie Durand.";

  private final SchoolTime time;

  public EasyReadDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long ce1 =
        DemoContribution.id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    long school = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    long teacher =
        DemoContribution.id(db, "select id from account where username = 'enseignante.ferry'");
    long director =
        DemoContribution.id(db, "select id from account where username = 'directrice.ferry'");
    Instant now = time.now().truncatedTo(ChronoUnit.SECONDS);
    Timestamp written = Timestamp.from(now.minus(3, ChronoUnit.DAYS));
    Timestamp reviewed = Timestamp.from(now.minus(2, ChronoUnit.DAYS));
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into easy_read (owner_kind, owner_id, class_id, school_id, body, status,"
                + " author_id, created_at, updated_at, reviewer_id, reviewed_at, review_comment)"
                + " values ('class', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, ce1);
      insert.setLong(2, ce1);
      insert.setLong(3, school);
      insert.setString(4, VALIDATED);
      insert.setString(5, "VALIDATED");
      insert.setLong(6, teacher);
      insert.setTimestamp(7, written);
      insert.setTimestamp(8, reviewed);
      insert.setLong(9, director);
      insert.setTimestamp(10, reviewed);
      insert.setString(11, "Très clair, merci.");
      insert.executeUpdate();
      Timestamp today = Timestamp.from(now.minus(1, ChronoUnit.HOURS));
      insert.setString(4, SUBMITTED);
      insert.setString(5, "SUBMITTED");
      insert.setTimestamp(7, today);
      insert.setTimestamp(8, today);
      insert.setNull(9, java.sql.Types.BIGINT);
      insert.setNull(10, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
      insert.setNull(11, java.sql.Types.VARCHAR);
      insert.executeUpdate();
    }
  }
}
