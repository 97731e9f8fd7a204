package fr.passerelle.app.absences.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Absences at the Jules Ferry school: the CE1's roll call of the morning two days ago, where Léa
 * was absent and her father has not justified it yet; Hugo's medical appointment next week, which
 * his mother announced; and a few unjustified absences in other classes for the director.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class AbsenceDemo implements DemoContribution {

  private final SchoolTime time;

  AbsenceDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 160;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long school = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    long teacher =
        DemoContribution.id(db, "select id from account where username = 'enseignante.ferry'");
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    long hugo = DemoContribution.id(db, "select id from account where username = 'hugo.nguyen'");
    long nguyen =
        DemoContribution.id(db, "select id from account where username = 'parent.nguyen'");
    Instant now = time.now();
    LocalDate today = time.dateOf(now);

    // The CE1's morning roll call two days ago: everybody present but Léa.
    long ce1 = classOf(db, school, "CE1");
    LocalDate twoDaysAgo = today.minusDays(2);
    for (long pupil : pupilsOf(db, ce1)) {
      mark(db, pupil, ce1, school, twoDaysAgo, "MORNING", pupil == lea, teacher, now);
    }

    // Hugo's appointment next week, announced by his mother.
    LocalDate nextWeek = today.plusDays(7);
    update(
        db,
        "insert into absence_notice (pupil_id, parent_id, kind, from_date, to_date, day_part,"
            + " reason, comment, at) values (?,?,?,?,?,?,?,?,?)",
        hugo,
        nguyen,
        "ADVANCE",
        Date.valueOf(nextWeek),
        Date.valueOf(nextWeek),
        "MORNING",
        "MEDICAL",
        "Rendez-vous chez l’orthoptiste, il revient pour la cantine.",
        Timestamp.from(now.minusSeconds(86_400)));

    // Unjustified absences in other classes of the school, for the director.
    int daysAgo = 1;
    for (String level : List.of("CP", "CM1", "CM2")) {
      Long other = optionalClass(db, school, level);
      if (other == null) {
        continue;
      }
      List<Long> pupils = pupilsOf(db, other);
      if (pupils.isEmpty()) {
        continue;
      }
      long classTeacher =
          DemoContribution.id(db, "select teacher_id from class_teacher where class_id = " + other);
      LocalDate day = today.minusDays(daysAgo);
      mark(db, pupils.getFirst(), other, school, day, "AFTERNOON", true, classTeacher, now);
      daysAgo += 2;
    }
  }

  private static long classOf(Connection db, long school, String level) throws SQLException {
    Long id = optionalClass(db, school, level);
    if (id == null) {
      throw new SQLException("Demo data missing: class " + level);
    }
    return id;
  }

  private static @Nullable Long optionalClass(Connection db, long school, String level)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("select id from school_class where school_id = ? and level = ?")) {
      st.setLong(1, school);
      st.setString(2, level);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static List<Long> pupilsOf(Connection db, long classId) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select pupil_id from enrolment where class_id = ? order by pupil_id")) {
      st.setLong(1, classId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void mark(
      Connection db,
      long pupil,
      long classId,
      long school,
      LocalDate day,
      String half,
      boolean absent,
      long teacher,
      Instant at)
      throws SQLException {
    update(
        db,
        "insert into absence_mark (pupil_id, class_id, school_id, absence_day, half, absent, teacher_id,"
            + " at) values (?,?,?,?,?,?,?,?)",
        pupil,
        classId,
        school,
        Date.valueOf(day),
        half,
        absent,
        teacher,
        Timestamp.from(at));
  }

  private static void update(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      st.executeUpdate();
    }
  }
}
