package fr.passerelle.app.skills.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Validations by Amélie Durand in her CE1 at the Jules Ferry school: Léa can do 5 things out of 16
 * (in 1.1 she went from level 1 to level 2: her history has both), Hugo 2, and two classmates one
 * each.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class SkillsDemo implements DemoContribution {

  private record Given(String code, int level, int daysAgo, String comment) {}

  private final SchoolTime time;

  SkillsDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long ce1 =
        DemoContribution.id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    long teacher =
        DemoContribution.id(db, "select id from account where username = 'enseignante.ferry'");
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    long hugo = DemoContribution.id(db, "select id from account where username = 'hugo.nguyen'");
    List<Long> others = new ArrayList<>();
    try (PreparedStatement st =
        db.prepareStatement(
            "select e.pupil_id from enrolment e join account a on a.id = e.pupil_id"
                + " where e.class_id = ? and a.id not in (?, ?) order by a.last_name, a.first_name")) {
      st.setLong(1, ce1);
      st.setLong(2, lea);
      st.setLong(3, hugo);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next() && others.size() < 2) {
          others.add(rs.getLong(1));
        }
      }
    }
    LocalDate today = time.today();
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into skill_validation (pupil_id, competence_code, level, validated_on,"
                + " comment, teacher_id, class_id, recorded_at) values (?,?,?,?,?,?,?,?)")) {
      Seeder seed = new Seeder(insert, time, teacher, ce1, today);
      seed.add(lea, new Given("1.1", 1, 40, "Trouve un mot dans le dictionnaire en ligne."));
      seed.add(lea, new Given("1.1", 2, 6, "Cherche seule une image pour l’exposé."));
      seed.add(lea, new Given("2.1", 1, 20, "Écrit un message à la classe avec de l’aide."));
      seed.add(lea, new Given("3.1", 2, 12, "Tape et met en forme un petit texte."));
      seed.add(lea, new Given("3.4", 1, 9, "Fait avancer le robot avec des flèches."));
      seed.add(lea, new Given("4.2", 1, 3, "Sait qu’on ne donne pas son adresse."));
      seed.add(hugo, new Given("1.1", 1, 15, "Utilise la recherche vocale."));
      seed.add(hugo, new Given("3.1", 1, 8, "Écrit une phrase avec le lecteur d’écran."));
      if (!others.isEmpty()) {
        seed.add(others.getFirst(), new Given("1.1", 1, 15, "Avec l’aide d’un camarade."));
      }
      if (others.size() > 1) {
        seed.add(
            others.get(1), new Given("4.2", 2, 3, "Explique pourquoi garder son mot de passe."));
      }
    }
  }

  private record Seeder(
      PreparedStatement insert, SchoolTime time, long teacher, long classId, LocalDate today) {
    void add(long pupil, Given given) throws SQLException {
      LocalDate on = today.minusDays(given.daysAgo());
      insert.setLong(1, pupil);
      insert.setString(2, given.code());
      insert.setInt(3, given.level());
      insert.setDate(4, Date.valueOf(on));
      insert.setString(5, given.comment());
      insert.setLong(6, teacher);
      insert.setLong(7, classId);
      insert.setTimestamp(8, Timestamp.from(time.instantOf(on, LocalTime.of(16, 30))));
      insert.executeUpdate();
    }
  }
}
