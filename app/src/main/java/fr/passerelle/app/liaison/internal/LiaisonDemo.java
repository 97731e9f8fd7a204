package fr.passerelle.app.liaison.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The liaison book of the Jules Ferry school: Amélie Durand's notice about the class photo that
 * Léa's father has not signed yet (Hugo's mother and two other families have); her older notice
 * about the start-of-year meeting, signed by both; and the director's school-wide call for help at
 * the fair, open to replies, which Hugo's mother signed and answered.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class LiaisonDemo implements DemoContribution {

  public static final String PHOTO_TITLE = "Photo de classe jeudi";
  public static final String MEETING_TITLE = "Réunion de rentrée : le compte rendu";
  public static final String FAIR_TITLE = "Kermesse de l’école : qui peut aider ?";

  private final SchoolTime time;

  LiaisonDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 160;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long school = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    long ce1 =
        DemoContribution.id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    long teacher = account(db, "enseignante.ferry");
    long director = account(db, "directrice.ferry");
    long martin = account(db, "parent.martin");
    long nguyen = account(db, "parent.nguyen");
    long lea = account(db, "lea.martin");
    long hugo = account(db, "hugo.nguyen");
    List<Long> ce1Pupils =
        ids(db, "select pupil_id from enrolment where class_id = ? order by pupil_id", ce1);
    List<Long> schoolPupils =
        ids(
            db,
            "select e.pupil_id from enrolment e join school_class c on c.id = e.class_id"
                + " where c.school_id = ? order by e.pupil_id",
            school);
    Instant now = time.now();

    long meeting =
        notice(
            db,
            school,
            ce1,
            MEETING_TITLE,
            "Merci d’être venus si nombreux. Le compte rendu de la réunion est affiché à l’entrée"
                + " de l’école. Les horaires ne changent pas.",
            false,
            teacher,
            now.minus(Duration.ofDays(6)),
            ce1Pupils);
    ack(db, meeting, nguyen, hugo, now.minus(Duration.ofDays(6)).plus(Duration.ofHours(3)));
    ack(db, meeting, martin, lea, now.minus(Duration.ofDays(5)));

    long photo =
        notice(
            db,
            school,
            ce1,
            PHOTO_TITLE,
            "La photo de classe aura lieu jeudi matin. Merci de prévoir une tenue propre. Le bon"
                + " de commande arrivera la semaine suivante.",
            false,
            teacher,
            now.minus(Duration.ofDays(2)),
            ce1Pupils);
    ack(db, photo, nguyen, hugo, now.minus(Duration.ofDays(2)).plus(Duration.ofHours(2)));
    int others = 0;
    for (long pupil : ce1Pupils) {
      if (pupil == lea || pupil == hugo || others == 2) {
        continue;
      }
      long parent =
          DemoContribution.id(
              db, "select parent_id from guardianship where pupil_id = " + pupil + " limit 1");
      ack(db, photo, parent, pupil, now.minus(Duration.ofDays(1)));
      others++;
    }

    long fair =
        notice(
            db,
            school,
            null,
            FAIR_TITLE,
            "La kermesse aura lieu le samedi 20 juin. Nous cherchons des parents pour tenir les"
                + " stands et préparer les gâteaux. Vous pouvez répondre à ce mot pour dire ce"
                + " que vous pouvez faire.",
            true,
            director,
            now.minus(Duration.ofDays(1)),
            schoolPupils);
    Instant signed = now.minus(Duration.ofHours(20));
    ack(db, fair, nguyen, hugo, signed);
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into liaison_reply (notice_id, parent_id, pupil_id, body, sent_at)"
                + " values (?,?,?,?,?)")) {
      st.setLong(1, fair);
      st.setLong(2, nguyen);
      st.setLong(3, hugo);
      st.setString(4, "Je peux faire un gâteau et tenir le stand des jeux l’après-midi.");
      st.setTimestamp(5, Timestamp.from(signed.plus(Duration.ofMinutes(5))));
      st.executeUpdate();
    }
  }

  private static long account(Connection db, String username) throws SQLException {
    return DemoContribution.id(db, "select id from account where username = '" + username + "'");
  }

  private static long notice(
      Connection db,
      long school,
      @Nullable Long classId,
      String title,
      String body,
      boolean replies,
      long author,
      Instant at,
      List<Long> pupils)
      throws SQLException {
    long id;
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into liaison_notice (school_id, class_id, title, body, replies_allowed,"
                + " some_families, author_id, created_at) values (?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setLong(1, school);
      if (classId == null) {
        st.setNull(2, java.sql.Types.BIGINT);
      } else {
        st.setLong(2, classId);
      }
      st.setString(3, title);
      st.setString(4, body);
      st.setBoolean(5, replies);
      st.setBoolean(6, false);
      st.setLong(7, author);
      st.setTimestamp(8, Timestamp.from(at));
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into liaison_notice_pupil (notice_id, pupil_id) values (?,?)")) {
      for (long pupil : pupils) {
        st.setLong(1, id);
        st.setLong(2, pupil);
        st.addBatch();
      }
      st.executeBatch();
    }
    return id;
  }

  private static void ack(Connection db, long notice, long parent, long pupil, Instant at)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into liaison_ack (notice_id, parent_id, pupil_id, acked_at) values (?,?,?,?)")) {
      st.setLong(1, notice);
      st.setLong(2, parent);
      st.setLong(3, pupil);
      st.setTimestamp(4, Timestamp.from(at));
      st.executeUpdate();
    }
  }

  private static List<Long> ids(Connection db, String sql, long param) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(sql)) {
      st.setLong(1, param);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
