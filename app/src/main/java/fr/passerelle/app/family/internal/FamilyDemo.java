package fr.passerelle.app.family.internal;

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
 * Family demo: every parent gets an address at example.org; Léa gets a second, separated parent,
 * Claire Bernard ({@code parent.bernard}), who still sees her; Karim Martin reads a daily digest
 * with the content, Linh Nguyen gets each piece of news at once without it; and Sophie Garnier, the
 * Jules Ferry director, has restricted the parent of the last pupil of the CM2 class. No SMTP
 * server in the demo: mails stay pending in the outbox.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class FamilyDemo implements DemoContribution {

  private final SchoolTime time;

  FamilyDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    long martin =
        DemoContribution.id(db, "select id from account where username = 'parent.martin'");
    long nguyen =
        DemoContribution.id(db, "select id from account where username = 'parent.nguyen'");
    long director =
        DemoContribution.id(db, "select id from account where username = 'directrice.ferry'");

    long bernard;
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into account (username, password_hash, first_name, last_name)"
                + " select 'parent.bernard', password_hash, 'Claire', 'Bernard' from account"
                + " where id = ?",
            new String[] {"id"})) {
      st.setLong(1, martin);
      st.executeUpdate();
      try (var keys = st.getGeneratedKeys()) {
        keys.next();
        bernard = keys.getLong(1);
      }
    }
    update(db, "insert into account_role (account_id, role) values (?, 'PARENT')", bernard);
    update(db, "insert into guardianship (parent_id, pupil_id) values (?, ?)", bernard, lea);
    try (PreparedStatement st =
        db.prepareStatement(
            "update account set email = username || '@example.org' where id in"
                + " (select account_id from account_role where role = 'PARENT')")) {
      st.executeUpdate();
    }

    Instant now = time.now().truncatedTo(ChronoUnit.SECONDS);
    settings(
        db, martin, "parent.martin@example.org", "DIGEST", true, now.minus(20, ChronoUnit.DAYS));
    settings(
        db, nguyen, "parent.nguyen@example.org", "IMMEDIATE", false, now.minus(9, ChronoUnit.DAYS));

    long restrictedPupil =
        DemoContribution.id(
            db,
            "select e.pupil_id from enrolment e join school_class c on c.id = e.class_id"
                + " join school s on s.id = c.school_id where s.uai = '0420101A'"
                + " and c.level = 'CM2' order by e.pupil_id desc limit 1");
    long restrictedParent =
        DemoContribution.id(
            db,
            "select parent_id from guardianship where pupil_id = "
                + restrictedPupil
                + " order by parent_id limit 1");
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into guardianship_restriction (parent_id, pupil_id, restricted_at,"
                + " restricted_by, reason) values (?, ?, ?, ?, ?)")) {
      st.setLong(1, restrictedParent);
      st.setLong(2, restrictedPupil);
      st.setTimestamp(3, Timestamp.from(now.minus(30, ChronoUnit.DAYS)));
      st.setLong(4, director);
      st.setString(5, "Jugement du juge aux affaires familiales reçu le mois dernier.");
      st.executeUpdate();
    }
  }

  private static void settings(
      Connection db, long parent, String email, String frequency, boolean content, Instant at)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into family_setting (parent_id, email, frequency, with_content, changed_at)"
                + " values (?, ?, ?, ?, ?)")) {
      st.setLong(1, parent);
      st.setString(2, email);
      st.setString(3, frequency);
      st.setBoolean(4, content);
      st.setTimestamp(5, Timestamp.from(at));
      st.executeUpdate();
    }
  }

  private static void update(Connection db, String sql, long a, long... more) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setLong(1, a);
      for (int i = 0; i < more.length; i++) {
        st.setLong(i + 2, more[i]);
      }
      st.executeUpdate();
    }
  }
}
