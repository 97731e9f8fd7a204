package fr.passerelle.app.outings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
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
 * Outings on PostgreSQL and H2 with the demo data: who may announce (a teacher for their classes,
 * the director for their school), who may answer (a parent for their own children concerned, until
 * the answer date), who may read the answers; every answer kept, the latest counts; the events.
 */
@PasserelleTest
@BothDatabases
class OutingServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // CE1
  static final String COLLEAGUE = "referent.ferry"; // CM2, same school
  static final String DIRECTOR = "directrice.ferry";
  static final String MARTIN = "parent.martin"; // Léa, CE1
  static final String NGUYEN = "parent.nguyen"; // Hugo, CE1

  @Autowired OutingService outings;
  @Autowired SchoolTime time;
  @Autowired OutingEvents events;
  @Autowired SettableClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  DemoAccounts demo;
  long ce1;
  long cm2;
  long lea;
  long hugo;
  String otherDirector;
  LocalDate today;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    lea = demo.account("lea.martin");
    hugo = demo.account("hugo.nguyen");
    otherDirector =
        jdbc.sql(
                "select username from account where username like 'direction.%'"
                    + " order by id limit 1")
            .query(String.class)
            .single();
    today = time.today();
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  OutingDraft draft(String title, Set<Long> classes, LocalDate day, LocalDate answerBy) {
    return new OutingDraft(
        title,
        day,
        LocalTime.of(9, 0),
        LocalTime.of(16, 30),
        "Musée, Saint-Étienne",
        new BigDecimal("4.50"),
        "J’autorise mon enfant à participer.",
        classes,
        answerBy);
  }

  Outing announceForCe1(String title) {
    return as(
        TEACHER,
        () -> outings.announce(draft(title, Set.of(ce1), today.plusDays(10), today.plusDays(5))));
  }

  String pupilOf(long classId) {
    return jdbc.sql(
            "select a.username from enrolment e join account a on a.id = e.pupil_id"
                + " where e.class_id = ? order by a.id limit 1")
        .param(classId)
        .query(String.class)
        .single();
  }

  String parentOf(String pupil) {
    return jdbc.sql(
            "select p.username from guardianship g join account p on p.id = g.parent_id"
                + " join account c on c.id = g.pupil_id where c.username = ?"
                + " order by p.id limit 1")
        .param(pupil)
        .query(String.class)
        .single();
  }

  long answerRows(long outingId, long pupilId) {
    return jdbc.sql("select count(*) from outing_answer where outing_id = ? and pupil_id = ?")
        .params(outingId, pupilId)
        .query(Long.class)
        .single();
  }

  @Test
  void aTeacherAnnouncesForTheirClassAndTheEventsTellTheClassesAndTheDay() {
    int before = events.announced.size();
    int newsBefore = events.news.size();
    Outing outing = announceForCe1("Musée pour les CE1");
    assertThat(outing.costCents()).isEqualTo(450);
    assertThat(outing.classIds()).containsExactly(ce1);

    List<OutingAnnounced> announced =
        events.announced.subList(before, events.announced.size()).stream()
            .filter(e -> e.outingId() == outing.id())
            .toList();
    assertThat(announced).hasSize(1);
    OutingAnnounced event = announced.getFirst();
    assertThat(event.classIds()).containsExactly(ce1);
    assertThat(event.day()).isEqualTo(today.plusDays(10));
    assertThat(event.schoolId()).isEqualTo(demo.school(FERRY));
    assertThat(event.title()).isEqualTo("Musée pour les CE1");

    Set<Long> ce1Pupils =
        Set.copyOf(
            jdbc.sql("select pupil_id from enrolment where class_id = ?")
                .param(ce1)
                .query(Long.class)
                .list());
    List<FamilyNews> news = events.news.subList(newsBefore, events.news.size());
    assertThat(news.stream().map(FamilyNews::pupilId).toList())
        .containsExactlyInAnyOrderElementsOf(ce1Pupils)
        .contains(lea, hugo);
    assertThat(news).allSatisfy(n -> assertThat(n.route()).isEqualTo("autorisations"));
    // French writes a no-break space before the euro sign.
    assertThat(news.getFirst().body()).contains("J’autorise mon enfant", "4,50\u00a0€");
  }

  @Test
  void onlyTheClassTeachersAndTheSchoolDirectorAnnounce() {
    assertThatThrownBy(
            () ->
                as(
                    COLLEAGUE,
                    () ->
                        outings.announce(
                            draft("x", Set.of(ce1), today.plusDays(3), today.plusDays(1)))))
        .as("a teacher of another class")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "class:" + ce1)).isPositive();
    assertThatThrownBy(
            () ->
                as(
                    otherDirector,
                    () ->
                        outings.announce(
                            draft("x", Set.of(ce1), today.plusDays(3), today.plusDays(1)))))
        .as("the director of another school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", otherDirector, "class:" + ce1)).isPositive();
    assertThatThrownBy(
            () ->
                as(
                    MARTIN,
                    () ->
                        outings.announce(
                            draft("x", Set.of(ce1), today.plusDays(3), today.plusDays(1)))))
        .isInstanceOf(AccessDeniedException.class);

    Outing both =
        as(
            DIRECTOR,
            () ->
                outings.announce(
                    draft("Cinéma", Set.of(ce1, cm2), today.plusDays(4), today.plusDays(2))));
    assertThat(both.classIds()).containsExactlyInAnyOrder(ce1, cm2);
    assertThat(as(DIRECTOR, () -> outings.myClasses())).extracting(c -> c.id()).contains(ce1, cm2);
    assertThat(as(TEACHER, () -> outings.myClasses())).extracting(c -> c.id()).containsOnly(ce1);

    assertThatThrownBy(
            () ->
                as(
                    TEACHER,
                    () ->
                        outings.announce(
                            draft("x", Set.of(ce1), today.plusDays(3), today.plusDays(5)))))
        .as("the answer date after the outing")
        .isInstanceOf(OutingException.class)
        .hasMessage("outings.error.answerBy");
  }

  @Test
  void aParentAnswersOnlyForTheirOwnChildConcerned() {
    Outing outing = announceForCe1("Bibliothèque");
    assertThatThrownBy(() -> as(NGUYEN, () -> outings.answer(outing.id(), lea, true)))
        .as("the parent of another child")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", NGUYEN, "pupil:" + lea)).isPositive();
    assertThatThrownBy(() -> as(NGUYEN, () -> outings.forChild(lea)))
        .isInstanceOf(ScopeDeniedException.class);

    String cm2Pupil = pupilOf(cm2);
    String cm2Parent = parentOf(cm2Pupil);
    long cm2Child = demo.account(cm2Pupil);
    assertThatThrownBy(() -> as(cm2Parent, () -> outings.answer(outing.id(), cm2Child, true)))
        .as("a child whose class is not concerned")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", cm2Parent, "outing:" + outing.id())).isPositive();
    assertThat(as(cm2Parent, () -> outings.forChild(cm2Child)))
        .noneMatch(c -> c.outing().id() == outing.id());

    assertThatThrownBy(() -> as(TEACHER, () -> outings.answer(outing.id(), lea, true)))
        .isInstanceOf(AccessDeniedException.class);

    Answer answer = as(MARTIN, () -> outings.answer(outing.id(), lea, true));
    assertThat(answer.authorised()).isTrue();
    assertThat(answer.parentName()).isEqualTo("Karim Martin");
    assertThat(as(MARTIN, () -> outings.forChild(lea)))
        .filteredOn(c -> c.outing().id() == outing.id())
        .singleElement()
        .satisfies(c -> assertThat(c.answer()).isNotNull());
  }

  @Test
  void onlyTheTeachersOfAClassConcernedAndTheSchoolDirectorSeeTheAnswers() {
    Outing outing = announceForCe1("Piscine");
    assertThat(as(TEACHER, () -> outings.answers(outing.id())).pupils())
        .extracting(p -> p.pupil().id())
        .contains(lea, hugo);
    assertThat(as(DIRECTOR, () -> outings.answers(outing.id())).missing()).isPositive();
    assertThatThrownBy(() -> as(COLLEAGUE, () -> outings.answers(outing.id())))
        .as("a teacher of another class")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "outing:" + outing.id())).isPositive();
    assertThatThrownBy(() -> as(otherDirector, () -> outings.answers(outing.id())))
        .as("the director of another school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", otherDirector, "outing:" + outing.id()))
        .isPositive();
    assertThatThrownBy(() -> as(MARTIN, () -> outings.answers(outing.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(COLLEAGUE, () -> outings.ofMyClasses())).noneMatch(o -> o.id() == outing.id());
  }

  @Test
  void everyAnswerIsKeptAndTheLatestCounts() {
    Outing outing = announceForCe1("Théâtre");
    clock.set(Instant.now().plusSeconds(60));
    as(MARTIN, () -> outings.answer(outing.id(), lea, true));
    clock.set(Instant.now().plusSeconds(120));
    as(MARTIN, () -> outings.answer(outing.id(), lea, false));
    as(NGUYEN, () -> outings.answer(outing.id(), hugo, true));

    assertThat(answerRows(outing.id(), lea)).as("both answers kept").isEqualTo(2);
    OutingAnswers answers = as(TEACHER, () -> outings.answers(outing.id()));
    PupilAnswer forLea =
        answers.pupils().stream().filter(p -> p.pupil().id() == lea).findFirst().orElseThrow();
    assertThat(forLea.answer()).isNotNull();
    assertThat(forLea.answer().authorised()).as("the latest: refused").isFalse();
    assertThat(forLea.answer().parentName()).isEqualTo("Karim Martin");
    assertThat(forLea.className()).startsWith("CE1");
    assertThat(answers.authorised()).isEqualTo(1);
    assertThat(answers.refused()).isEqualTo(1);
    assertThat(answers.missing()).isEqualTo(answers.pupils().size() - 2);
    assertThat(as(MARTIN, () -> outings.forChild(lea)))
        .filteredOn(c -> c.outing().id() == outing.id())
        .singleElement()
        .satisfies(c -> assertThat(c.answer().authorised()).isFalse());
  }

  @Test
  void answersCloseAfterTheAnswerDate() {
    // Monday 9 March 2099, 10:00 in Paris.
    ZonedDateTime monday = ZonedDateTime.of(2099, 3, 9, 10, 0, 0, 0, time.zone());
    clock.set(monday.toInstant());
    LocalDate day = monday.toLocalDate();
    Outing outing =
        as(
            TEACHER,
            () -> outings.announce(draft("Zoo", Set.of(ce1), day.plusDays(7), day.plusDays(2))));

    // Wednesday, 23:30: the last day, still open.
    clock.set(monday.plusDays(2).withHour(23).withMinute(30).toInstant());
    assertThat(as(MARTIN, () -> outings.answer(outing.id(), lea, true)).authorised()).isTrue();
    assertThat(as(MARTIN, () -> outings.forChild(lea)))
        .filteredOn(c -> c.outing().id() == outing.id())
        .singleElement()
        .satisfies(c -> assertThat(c.outing().open(time.today())).isTrue());

    // Thursday just after midnight: closed, said in words, nothing written.
    clock.set(monday.plusDays(3).withHour(0).withMinute(5).toInstant());
    assertThatThrownBy(() -> as(MARTIN, () -> outings.answer(outing.id(), lea, false)))
        .isInstanceOf(OutingException.class)
        .hasMessage("outings.error.closed")
        .satisfies(
            e -> assertThat(((OutingException) e).arguments()).containsExactly(day.plusDays(2)));
    assertThat(answerRows(outing.id(), lea)).isEqualTo(1);
    assertThat(as(TEACHER, () -> outings.answers(outing.id())).authorised()).isEqualTo(1);
  }
}
