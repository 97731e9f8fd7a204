package fr.passerelle.app.lessonbook.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The lesson book of Amélie Durand's CE1 at the Jules Ferry school: a reading for today with an
 * easy-to-read version the director validated (Hugo, in simplified mode, reads it first), a poem
 * for later in the week with its sheet attached as a PDF, a sheet of sums for Hugo and one
 * classmate only, and two lessons; three pupils have already done today's reading.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class LessonBookDemo implements DemoContribution {

  static final String READING_TITLE = "Lecture : le petit chat";
  static final String READING =
      "Lire deux fois une histoire du petit chat dans le livre de lecture, puis répondre"
          + " aux questions de la page suivante.";
  static final String READING_EASY =
      "Lis l’histoire du petit chat.\nLis-la deux fois.\nDemain, raconte-la à la classe.";
  static final String POEM_TITLE = "Poésie : la première strophe";
  static final String SUMS_TITLE = "Calcul : fiche de soustractions";

  private final SchoolTime time;

  LessonBookDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 150;
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
    long hugo = DemoContribution.id(db, "select id from account where username = 'hugo.nguyen'");
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    List<Long> others = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select pupil_id from enrolment where class_id = ? and pupil_id not in (?, ?)"
                + " order by pupil_id")) {
      st.setLong(1, ce1);
      st.setLong(2, hugo);
      st.setLong(3, lea);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          others.add(rs.getLong(1));
        }
      }
    }
    Instant now = time.now();
    LocalDate today = time.dateOf(now);
    Entries entries = new Entries(db, ce1, school, teacher, now);

    long reading =
        entries.insert("HOMEWORK", READING_TITLE, READING, today.minusDays(1), today, true);
    try (PreparedStatement easy =
        db.prepareStatement(
            "insert into easy_read (owner_kind, owner_id, class_id, school_id, body, status,"
                + " author_id, created_at, updated_at, reviewer_id, reviewed_at, review_comment)"
                + " values ('homework', ?, ?, ?, ?, 'VALIDATED', ?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.from(now.minusSeconds(3600));
      easy.setLong(1, reading);
      easy.setLong(2, ce1);
      easy.setLong(3, school);
      easy.setString(4, READING_EASY);
      easy.setLong(5, teacher);
      easy.setTimestamp(6, at);
      easy.setTimestamp(7, at);
      easy.setLong(8, director);
      easy.setTimestamp(9, at);
      easy.setString(10, "Clair et court, merci.");
      easy.executeUpdate();
    }
    for (long pupil : others.subList(0, Math.min(3, others.size()))) {
      update(
          db,
          "insert into homework_done (entry_id, pupil_id, done_at) values (?,?,?)",
          reading,
          pupil,
          Timestamp.from(now));
    }

    long poem =
        entries.insert(
            "HOMEWORK",
            POEM_TITLE,
            "Apprendre la première strophe du poème « Il pleut » (feuille jointe). Vous pouvez"
                + " l’écouter à la maison.",
            today,
            today.plusDays(3),
            true);
    update(
        db,
        "insert into class_entry_file (entry_id, file_name, media_type, size_bytes, content)"
            + " values (?,?,?,?,?)",
        poem,
        "poeme-il-pleut.pdf",
        "application/pdf",
        PDF.length,
        PDF);

    long sums =
        entries.insert(
            "HOMEWORK",
            SUMS_TITLE,
            "Faire les cinq soustractions de la fiche bleue, sans calculatrice.",
            today,
            today.plusDays(2),
            false);
    update(db, "insert into class_entry_pupil (entry_id, pupil_id) values (?,?)", sums, hugo);
    if (!others.isEmpty()) {
      update(
          db,
          "insert into class_entry_pupil (entry_id, pupil_id) values (?,?)",
          sums,
          others.getFirst());
    }

    entries.insert(
        "LESSON",
        "Sciences : les états de l’eau",
        "Nous avons observé la glace qui fond : l’eau peut être solide, liquide ou gazeuse.",
        today,
        null,
        true);
    entries.insert(
        "LESSON",
        "Grammaire : le verbe",
        "Nous avons cherché le verbe dans des phrases courtes et l’avons souligné en rouge.",
        today.minusDays(1),
        null,
        true);
  }

  /** A one-page PDF saying the poem's first lines. */
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
              + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
              + "4 0 obj<</Length 58>>stream\nBT /F1 24 Tf 72 760 Td (Il pleut, il pleut...) Tj ET\n"
              + "endstream endobj\n"
              + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private record Entries(Connection db, long classId, long schoolId, long author, Instant now) {
    long insert(
        String kind,
        String title,
        String body,
        LocalDate day,
        @Nullable LocalDate due,
        boolean wholeClass)
        throws SQLException {
      try (PreparedStatement st =
          db.prepareStatement(
              "insert into class_entry (class_id, school_id, kind, title, body, entry_date,"
                  + " due_date, whole_class, author_id, created_at, updated_at)"
                  + " values (?,?,?,?,?,?,?,?,?,?,?)",
              Statement.RETURN_GENERATED_KEYS)) {
        st.setLong(1, classId);
        st.setLong(2, schoolId);
        st.setString(3, kind);
        st.setString(4, title);
        st.setString(5, body);
        st.setDate(6, Date.valueOf(day));
        st.setDate(7, due == null ? null : Date.valueOf(due));
        st.setBoolean(8, wholeClass);
        st.setLong(9, author);
        st.setTimestamp(10, Timestamp.from(now));
        st.setTimestamp(11, Timestamp.from(now));
        st.executeUpdate();
        try (ResultSet keys = st.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    }
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
