package fr.passerelle.app.outings.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The outings of Amélie Durand's CE1 at the Jules Ferry school: the modern art museum in ten days
 * (4 €), which Hugo's mother has already authorised and Léa's father has still to answer; and a
 * farm visit last week, answered by both.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class OutingsDemo implements DemoContribution {

  public static final String MUSEUM = "Musée d’Art moderne";
  static final String FARM = "Ferme pédagogique du Pilat";
  static final String FORM =
      "J’autorise mon enfant à participer à la sortie, en car, accompagné par la maîtresse et"
          + " deux parents. Prévoir un pique-nique et une bouteille d’eau.";

  private final SchoolTime time;

  OutingsDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 160;
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
    long hugo = DemoContribution.id(db, "select id from account where username = 'hugo.nguyen'");
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    long nguyen =
        DemoContribution.id(db, "select id from account where username = 'parent.nguyen'");
    long martin =
        DemoContribution.id(db, "select id from account where username = 'parent.martin'");
    Instant now = time.now().truncatedTo(ChronoUnit.MINUTES);
    LocalDate today = time.dateOf(now);

    long museum =
        insert(
            db,
            school,
            teacher,
            MUSEUM,
            today.plusDays(10),
            "Musée d’Art moderne et contemporain, Saint-Étienne",
            400,
            today.plusDays(6),
            now.minus(1, ChronoUnit.DAYS));
    link(db, museum, ce1);
    answer(db, museum, hugo, nguyen, true, now.minus(20, ChronoUnit.HOURS));

    long farm =
        insert(
            db,
            school,
            teacher,
            FARM,
            today.minusDays(5),
            "Ferme pédagogique, Le Bessat",
            0,
            today.minusDays(10),
            now.minus(20, ChronoUnit.DAYS));
    link(db, farm, ce1);
    answer(db, farm, hugo, nguyen, true, now.minus(18, ChronoUnit.DAYS));
    answer(db, farm, lea, martin, false, now.minus(17, ChronoUnit.DAYS));
    answer(db, farm, lea, martin, true, now.minus(15, ChronoUnit.DAYS));
  }

  private static long insert(
      Connection db,
      long school,
      long author,
      String title,
      LocalDate day,
      String place,
      int cents,
      LocalDate answerBy,
      Instant created)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into outing (school_id, title, outing_date, departs_at, returns_at, place,"
                + " cost_cents, form_text, answer_by, author_id, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setLong(1, school);
      st.setString(2, title);
      st.setDate(3, Date.valueOf(day));
      st.setTime(4, Time.valueOf(LocalTime.of(9, 0)));
      st.setTime(5, Time.valueOf(LocalTime.of(16, 30)));
      st.setString(6, place);
      st.setInt(7, cents);
      st.setString(8, FORM);
      st.setDate(9, Date.valueOf(answerBy));
      st.setLong(10, author);
      st.setTimestamp(11, Timestamp.from(created));
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void link(Connection db, long outing, long schoolClass) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("insert into outing_class (outing_id, class_id) values (?,?)")) {
      st.setLong(1, outing);
      st.setLong(2, schoolClass);
      st.executeUpdate();
    }
  }

  private static void answer(
      Connection db, long outing, long pupil, long parent, boolean authorised, Instant at)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into outing_answer (outing_id, pupil_id, parent_id, authorised, answered_at)"
                + " values (?,?,?,?,?)")) {
      st.setLong(1, outing);
      st.setLong(2, pupil);
      st.setLong(3, parent);
      st.setBoolean(4, authorised);
      st.setTimestamp(5, Timestamp.from(at));
      st.executeUpdate();
    }
  }
}
