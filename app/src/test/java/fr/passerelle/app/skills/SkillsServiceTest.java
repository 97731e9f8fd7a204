package fr.passerelle.app.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rules of digital skills on PostgreSQL and H2 with the demo data: only a teacher of the
 * pupil's class validates (audited); the pupil, their parents, their teachers and their director
 * read; everyone else is refused (audited); every validation is kept; the class overview counts
 * each pupil once at their latest level. Changes are made to Hugo (never to Léa, whose page the
 * browser test uses) and to the Jules Ferry CP, which no other test touches.
 */
@PasserelleTest
@BothDatabases
class SkillsServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // CE1: Léa, Hugo
  static final String CP_TEACHER = "enseignant.ferry.cp";
  static final String COLLEAGUE = "referent.ferry"; // CM2, same school
  static final String DIRECTOR = "directrice.ferry";
  static final String OTHER_DIRECTOR = "direction.lamartine";

  @Autowired SkillsService skills;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;
  long lea;
  long hugo;
  LocalDate today;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    lea = demo.account("lea.martin");
    hugo = demo.account("hugo.nguyen");
    today = LocalDate.now(ZoneOffset.UTC);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  @Test
  void theClassTeacherValidatesWithADateAndACommentAndItIsAudited() {
    long audited = demo.auditCount("SKILL_VALIDATED", TEACHER, "pupil:" + hugo);
    int before = as(TEACHER, () -> skills.countHistory(hugo));
    Validation done =
        as(
            TEACHER,
            () -> skills.validate(hugo, "2.3", 2, today.minusDays(1), "  Travaille en binôme. "));
    assertThat(done.level()).isEqualTo(2);
    assertThat(done.competenceCode()).isEqualTo("2.3");
    assertThat(done.validatedOn()).isEqualTo(today.minusDays(1));
    assertThat(done.comment()).isEqualTo("Travaille en binôme.");
    assertThat(done.teacherName()).isEqualTo("Amélie Durand");
    assertThat(demo.auditCount("SKILL_VALIDATED", TEACHER, "pupil:" + hugo)).isEqualTo(audited + 1);
    assertThat(as(TEACHER, () -> skills.countHistory(hugo))).isEqualTo(before + 1);
    SkillProgress progress = as("hugo.nguyen", () -> skills.myProgress());
    assertThat(progress.competences())
        .filteredOn(s -> s.competence().code().equals("2.3"))
        .singleElement()
        .extracting(CompetenceState::level)
        .isEqualTo(2);
  }

  @Test
  void onlyATeacherOfThePupilsClassMayValidate() {
    long denied = demo.auditCount("ACCESS_DENIED", COLLEAGUE, "pupil:" + hugo);
    assertThatThrownBy(() -> as(COLLEAGUE, () -> skills.validate(hugo, "1.2", 1, today, null)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "pupil:" + hugo)).isEqualTo(denied + 1);
    assertThat(as(COLLEAGUE, () -> skills.mayValidate(hugo))).isFalse();
    assertThat(as(TEACHER, () -> skills.mayValidate(hugo))).isTrue();
    for (String other : List.of(DIRECTOR, "parent.nguyen", "hugo.nguyen", "admin")) {
      assertThatThrownBy(() -> as(other, () -> skills.validate(hugo, "1.2", 1, today, null)))
          .as(other)
          .isInstanceOf(AccessDeniedException.class);
    }
    // A teacher's own account is not a pupil of their class.
    long teacher = demo.account(TEACHER);
    assertThatThrownBy(() -> as(TEACHER, () -> skills.validate(teacher, "1.2", 1, today, null)))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void wrongValidationsAreRefusedWithAReason() {
    assertThat(reason(() -> skills.validate(hugo, "6.1", 1, today, null)))
        .isEqualTo("skills.error.competence");
    assertThat(reason(() -> skills.validate(hugo, "1.2", 4, today, null)))
        .isEqualTo("skills.error.level");
    assertThat(reason(() -> skills.validate(hugo, "1.2", 0, today, null)))
        .isEqualTo("skills.error.level");
    assertThat(reason(() -> skills.validate(hugo, "1.2", 1, today.plusDays(1), null)))
        .isEqualTo("skills.error.future");
    assertThat(reason(() -> skills.validate(hugo, "1.2", 1, null, null)))
        .isEqualTo("skills.error.dateNeeded");
    assertThat(reason(() -> skills.validate(hugo, "1.2", 1, today, "x".repeat(501))))
        .isEqualTo("skills.error.commentTooLong");
  }

  private String reason(Runnable action) {
    try {
      as(
          TEACHER,
          () -> {
            action.run();
            return null;
          });
    } catch (SkillsException e) {
      return e.messageKey();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void everyValidationIsKeptAndTheLatestDateGivesTheLevel() {
    int before = as(TEACHER, () -> skills.countHistory(hugo));
    as(TEACHER, () -> skills.validate(hugo, "3.3", 2, today.minusDays(2), "Deuxième fois."));
    // Recorded later, dated earlier: it joins the history but the level stays 2.
    as(TEACHER, () -> skills.validate(hugo, "3.3", 1, today.minusDays(10), "Première fois."));
    assertThat(as(TEACHER, () -> skills.countHistory(hugo))).isEqualTo(before + 2);
    List<Validation> history = as("parent.nguyen", () -> skills.history(hugo, 0, 500));
    assertThat(history)
        .filteredOn(v -> v.competenceCode().equals("3.3"))
        .extracting(Validation::level, Validation::comment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Deuxième fois."),
            org.assertj.core.groups.Tuple.tuple(1, "Première fois."));
    assertThat(as(DIRECTOR, () -> skills.progress(hugo)).competences())
        .filteredOn(s -> s.competence().code().equals("3.3"))
        .singleElement()
        .extracting(CompetenceState::level)
        .isEqualTo(2);
    // Paging: one row at a time, newest first.
    assertThat(as(TEACHER, () -> skills.history(hugo, 0, 1))).hasSize(1);
  }

  @Test
  void theDemoGivesLeaFiveCompetencesAndAHistoryIn11() {
    SkillProgress mine = as("lea.martin", () -> skills.myProgress());
    assertThat(mine.total()).isEqualTo(16);
    assertThat(mine.competences())
        .filteredOn(s -> s.competence().code().equals("1.1"))
        .singleElement()
        .extracting(CompetenceState::level)
        .isEqualTo(2);
    assertThat(as("lea.martin", () -> skills.history(lea, 0, 100)))
        .filteredOn(v -> v.competenceCode().equals("1.1"))
        .extracting(Validation::level)
        .containsExactly(2, 1);
    assertThat(mine.known()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void whoMayReadAPupilsProgress() {
    // The pupil themself, their parents, their class's teacher, their school's director.
    for (String reader : List.of("lea.martin", "parent.martin", TEACHER, DIRECTOR)) {
      assertThat(as(reader, () -> skills.progress(lea).pupil().id())).as(reader).isEqualTo(lea);
      assertThat(as(reader, () -> skills.countHistory(lea))).as(reader).isPositive();
    }
    // Another pupil, another family, another class's teacher, another school's director.
    for (String other :
        List.of("hugo.nguyen", "parent.nguyen", COLLEAGUE, CP_TEACHER, OTHER_DIRECTOR)) {
      long denied = demo.auditCount("ACCESS_DENIED", other, "pupil:" + lea);
      assertThatThrownBy(() -> as(other, () -> skills.progress(lea)))
          .as(other)
          .isInstanceOf(ScopeDeniedException.class);
      assertThatThrownBy(() -> as(other, () -> skills.history(lea, 0, 10)))
          .as(other)
          .isInstanceOf(ScopeDeniedException.class);
      assertThat(demo.auditCount("ACCESS_DENIED", other, "pupil:" + lea))
          .as(other)
          .isEqualTo(denied + 2);
    }
    // Roles without a part in a pupil's schooling.
    for (String other : List.of("admin", "technicien", "mairie.saint-etienne")) {
      assertThatThrownBy(() -> as(other, () -> skills.progress(lea)))
          .as(other)
          .isInstanceOf(AccessDeniedException.class);
    }
    // An account that is not a pupil.
    long teacher = demo.account(TEACHER);
    assertThatThrownBy(() -> as(DIRECTOR, () -> skills.progress(teacher)))
        .isInstanceOf(ScopeDeniedException.class);
  }

  @Test
  void aParentSeesEachOfTheirChildren() {
    List<SkillProgress> children = as("parent.martin", () -> skills.childrenProgress());
    assertThat(children).extracting(p -> p.pupil().firstName()).containsExactly("Léa", "Tom");
    assertThat(children.get(1).known()).isZero();
    assertThatThrownBy(() -> as(TEACHER, () -> skills.childrenProgress()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theClassOverviewCountsEachPupilAtTheirLatestLevel() {
    long cp = demo.schoolClass(FERRY, "CP");
    List<PupilLine> pupils = as(CP_TEACHER, () -> skills.pupils(cp, 0, 100));
    assertThat(pupils).hasSize(6).allSatisfy(p -> assertThat(p.known()).isZero());
    long p0 = pupils.get(0).pupil().id();
    long p1 = pupils.get(1).pupil().id();
    long p2 = pupils.get(2).pupil().id();
    long p3 = pupils.get(3).pupil().id();
    as(
        CP_TEACHER,
        () -> {
          skills.validate(p0, "1.1", 1, today.minusDays(9), null);
          skills.validate(p0, "1.1", 2, today.minusDays(2), null); // latest: 2
          skills.validate(p0, "2.1", 1, today, null);
          skills.validate(p1, "1.1", 1, today, null);
          skills.validate(p2, "1.1", 3, today.minusDays(1), null);
          skills.validate(p2, "1.1", 1, today.minusDays(5), null); // older date: still 3
          skills.validate(p3, "5.2", 2, today, null);
          return null;
        });
    // By hand, six pupils: 1.1 → p3, p4, p5 not yet; p1 level 1; p0 level 2; p2 level 3.
    for (String reader : List.of(CP_TEACHER, DIRECTOR)) {
      ClassOverview overview = as(reader, () -> skills.overview(cp));
      assertThat(overview.pupils()).isEqualTo(6);
      assertThat(overview.rows()).hasSize(16);
      assertThat(row(overview, "1.1")).containsExactly(3, 1, 1, 1);
      assertThat(row(overview, "2.1")).containsExactly(5, 1, 0, 0);
      assertThat(row(overview, "5.2")).containsExactly(5, 0, 1, 0);
      assertThat(row(overview, "3.1")).containsExactly(6, 0, 0, 0);
      assertThat(overview.rows())
          .allSatisfy(
              r -> assertThat(r.byLevel().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6));
    }
    assertThat(as(CP_TEACHER, () -> skills.pupils(cp, 0, 100)))
        .extracting(PupilLine::known)
        .containsExactly(2, 1, 1, 1, 0, 0);
    assertThat(as(CP_TEACHER, () -> skills.pupils(cp, 2, 2)))
        .extracting(p -> p.pupil().id())
        .containsExactly(p2, p3);
    assertThat(as(CP_TEACHER, () -> skills.countPupils(cp))).isEqualTo(6);
    // Another class's teacher and another school's director are refused, and audited.
    for (String other : List.of(TEACHER, OTHER_DIRECTOR)) {
      long denied = demo.auditCount("ACCESS_DENIED", other, "class:" + cp);
      assertThatThrownBy(() -> as(other, () -> skills.overview(cp)))
          .as(other)
          .isInstanceOf(ScopeDeniedException.class);
      assertThatThrownBy(() -> as(other, () -> skills.pupils(cp, 0, 10)))
          .as(other)
          .isInstanceOf(ScopeDeniedException.class);
      assertThat(demo.auditCount("ACCESS_DENIED", other, "class:" + cp)).isEqualTo(denied + 2);
    }
    assertThatThrownBy(() -> as("parent.martin", () -> skills.overview(cp)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static List<Integer> row(ClassOverview overview, String code) {
    return overview.rows().stream()
        .filter(r -> r.competence().code().equals(code))
        .findFirst()
        .orElseThrow()
        .byLevel();
  }
}
