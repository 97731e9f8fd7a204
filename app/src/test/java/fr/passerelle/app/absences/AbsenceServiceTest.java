package fr.passerelle.app.absences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ScopeDeniedException;
import fr.passerelle.media.live.Signal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Absences on PostgreSQL and H2 with the demo data: a parent reaches only their own children, a
 * teacher only their classes, a director only their school, and every refusal is audited; an
 * announced absence comes ticked in the roll call and asks nothing of the parents; an unannounced
 * one is told to them, waits to be justified and leaves the director's list once it is; what
 * parents send and every mark are kept. Each test works on its own school day of March 2026, set on
 * the clock.
 */
@PasserelleTest
@BothDatabases
@RecordApplicationEvents
class AbsenceServiceTest {

  static final String FERRY = "0420101A";
  static final String TEACHER = "enseignante.ferry"; // CE1
  static final String COLLEAGUE = "referent.ferry"; // CM2, same school
  static final String DIRECTOR = "directrice.ferry";
  static final String MARTIN = "parent.martin"; // Léa (CE1), Tom
  static final String NGUYEN = "parent.nguyen"; // Hugo (CE1)

  @Autowired AbsenceService absences;
  @Autowired SchoolTime time;
  @Autowired LiveSignals live;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired SettableClock clock;
  @Autowired ApplicationEvents events;
  DemoAccounts demo;
  long ce1;
  long cm2;
  long school;
  long lea;
  long hugo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    school = demo.school(FERRY);
    lea = demo.account("lea.martin");
    hugo = demo.account("hugo.nguyen");
  }

  @AfterEach
  void reset() {
    clock.reset();
    SecurityContextHolder.clearContext();
  }

  /** Nine in the morning in Paris on that day. */
  void at(LocalDate day) {
    clock.set(time.instantOf(day, java.time.LocalTime.of(9, 0)));
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  void as(String username, Runnable action) {
    as(
        username,
        () -> {
          action.run();
          return null;
        });
  }

  String otherDirector() {
    return jdbc.sql(
            "select a.username from account a join account_role r on r.account_id = a.id"
                + " where r.role = 'DIRECTOR' and a.school_id <> ? order by a.id limit 1")
        .param(school)
        .query(String.class)
        .single();
  }

  long pupilOf(long classId) {
    return jdbc.sql("select pupil_id from enrolment where class_id = ? order by pupil_id limit 1")
        .param(classId)
        .query(Long.class)
        .single();
  }

  List<FamilyNews> newsFor(long pupil) {
    return events.stream(FamilyNews.class).filter(n -> n.pupilId() == pupil).toList();
  }

  boolean listed(List<Absence> list, long pupil, LocalDate day, HalfDay half) {
    return list.stream()
        .anyMatch(a -> a.pupil().id() == pupil && a.day().equals(day) && a.half() == half);
  }

  @Test
  void everyoneStaysInTheirScopeAndRefusalsAreAudited() {
    LocalDate day = LocalDate.of(2026, 3, 2);
    at(day);
    assertThatThrownBy(() -> as(MARTIN, () -> absences.toJustify(hugo)))
        .as("a parent of another child")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () ->
                as(
                    MARTIN,
                    () ->
                        absences.report(
                            new AbsenceNoticeDraft(
                                hugo, day, day, DayPart.DAY, Reason.OTHER, null))))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () ->
                as(MARTIN, () -> absences.justify(hugo, day, HalfDay.MORNING, Reason.OTHER, null)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", MARTIN, "pupil:" + hugo)).isGreaterThanOrEqualTo(3);

    assertThatThrownBy(() -> as(TEACHER, () -> absences.rollCall(cm2, day, HalfDay.MORNING)))
        .as("a teacher of another class")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () -> as(COLLEAGUE, () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "class:" + ce1)).isPositive();
    long stranger = pupilOf(cm2);
    assertThatThrownBy(
            () ->
                as(
                    TEACHER,
                    () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of(stranger))))
        .as("a pupil of another class in the roll call")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", TEACHER, "class:" + ce1)).isPositive();

    String other = otherDirector();
    assertThatThrownBy(() -> as(other, () -> absences.unjustified(school, 0, 10)))
        .as("the director of another school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(other, () -> absences.countUnjustified(school)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", other, "school:" + school)).isEqualTo(2);

    assertThatThrownBy(() -> as(DIRECTOR, () -> absences.rollCall(ce1, day, HalfDay.MORNING)))
        .as("the director does not take the roll call")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as("lea.martin", () -> absences.toJustify(lea)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            jdbc.sql("select count(*) from absence_mark where absence_day = ?")
                .param(java.sql.Date.valueOf(day))
                .query(Long.class)
                .single())
        .as("nothing written by a refusal")
        .isZero();
  }

  @Test
  void anAnnouncedAbsenceIsTickedInTheRollCallAndAsksNothing() {
    LocalDate day = LocalDate.of(2026, 3, 3);
    at(day.minusDays(1));
    as(
        NGUYEN,
        () ->
            absences.report(
                new AbsenceNoticeDraft(
                    hugo, day, day, DayPart.MORNING, Reason.MEDICAL, "Orthoptiste")));
    at(day);
    RollCall morning = as(TEACHER, () -> absences.rollCall(ce1, day, HalfDay.MORNING));
    assertThat(morning.taken()).isFalse();
    RollLine hugoLine =
        morning.lines().stream().filter(l -> l.pupil().id() == hugo).findFirst().orElseThrow();
    assertThat(hugoLine.absent()).as("pre-filled").isTrue();
    assertThat(hugoLine.marked()).isNull();
    assertThat(hugoLine.announced()).isNotNull();
    assertThat(hugoLine.announced().reason()).isEqualTo(Reason.MEDICAL);
    assertThat(morning.lines().stream().filter(RollLine::absent).count()).isEqualTo(1);
    RollCall afternoon = as(TEACHER, () -> absences.rollCall(ce1, day, HalfDay.AFTERNOON));
    assertThat(afternoon.lines().stream().filter(l -> l.pupil().id() == hugo).findFirst())
        .hasValueSatisfying(l -> assertThat(l.absent()).isFalse());

    RollCall saved =
        as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of(hugo)));
    assertThat(saved.taken()).isTrue();
    assertThat(saved.absentCount()).isEqualTo(1);
    assertThat(newsFor(hugo)).as("the parents knew: no message").isEmpty();
    assertThat(as(NGUYEN, () -> absences.toJustify(hugo))).noneMatch(a -> a.day().equals(day));
    assertThat(as(DIRECTOR, () -> absences.unjustified(school, 0, 200)))
        .noneMatch(a -> a.pupil().id() == hugo && a.day().equals(day));
  }

  @Test
  void anUnannouncedAbsenceIsToldWaitsToBeJustifiedAndLeavesTheDirectorsList() {
    LocalDate day = LocalDate.of(2026, 3, 4);
    at(day);
    long before = as(DIRECTOR, () -> absences.countUnjustified(school));
    as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of(lea)));

    List<FamilyNews> news = newsFor(lea);
    assertThat(news).hasSize(1);
    assertThat(news.getFirst().kind()).isEqualTo("absences");
    assertThat(news.getFirst().parentIds()).as("every guardian").isEmpty();
    assertThat(news.getFirst().subjectKey()).isEqualTo("absences.news.subject.MORNING");
    assertThat(news.getFirst().body()).contains("Léa", "04/03/2026");
    assertThat(newsFor(hugo)).as("present pupils: no message").isEmpty();

    assertThat(listed(as(MARTIN, () -> absences.toJustify(lea)), lea, day, HalfDay.MORNING))
        .isTrue();
    List<Absence> school1 = as(DIRECTOR, () -> absences.unjustified(school, 0, 200));
    assertThat(listed(school1, lea, day, HalfDay.MORNING)).isTrue();
    assertThat(school1.getFirst().day())
        .as("the newest first")
        .isEqualTo(school1.stream().map(Absence::day).max(LocalDate::compareTo).orElseThrow());
    Absence leaAbsence =
        school1.stream()
            .filter(a -> a.pupil().id() == lea && a.day().equals(day))
            .findFirst()
            .orElseThrow();
    assertThat(leaAbsence.className()).isEqualTo("CE1");
    assertThat(leaAbsence.daysSince()).isZero();
    assertThat(as(DIRECTOR, () -> absences.countUnjustified(school))).isEqualTo(before + 1);

    // Two days later, Léa's father justifies it; the absence leaves both lists.
    at(day.plusDays(2));
    as(MARTIN, () -> absences.justify(lea, day, HalfDay.MORNING, Reason.ILLNESS, "Fièvre"));
    assertThat(listed(as(MARTIN, () -> absences.toJustify(lea)), lea, day, HalfDay.MORNING))
        .isFalse();
    assertThat(
            listed(
                as(DIRECTOR, () -> absences.unjustified(school, 0, 200)),
                lea,
                day,
                HalfDay.MORNING))
        .isFalse();
    assertThat(as(DIRECTOR, () -> absences.countUnjustified(school))).isEqualTo(before);

    // A later justification is a new row: the first one is kept.
    as(MARTIN, () -> absences.justify(lea, day, HalfDay.MORNING, Reason.MEDICAL, null));
    List<AbsenceNotice> sent =
        as(MARTIN, () -> absences.notices(lea)).stream()
            .filter(n -> n.from().equals(day) && n.kind() == NoticeKind.JUSTIFICATION)
            .toList();
    assertThat(sent)
        .extracting(AbsenceNotice::reason)
        .containsExactly(Reason.MEDICAL, Reason.ILLNESS);
    assertThat(sent).extracting(AbsenceNotice::parentName).containsOnly("Karim Martin");
    assertThat(sent.getFirst().at()).isAfterOrEqualTo(sent.get(1).at());
  }

  @Test
  void correctionsAreNewMarksAndTheLatestCounts() {
    LocalDate day = LocalDate.of(2026, 3, 5);
    at(day);
    as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.AFTERNOON, Set.of(lea)));
    as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.AFTERNOON, Set.of()));
    RollCall call = as(TEACHER, () -> absences.rollCall(ce1, day, HalfDay.AFTERNOON));
    assertThat(call.absentCount()).isZero();
    assertThat(
            jdbc.sql(
                    "select absent from absence_mark where pupil_id = ? and absence_day = ?"
                        + " and half = 'AFTERNOON' order by id")
                .params(lea, java.sql.Date.valueOf(day))
                .query(Boolean.class)
                .list())
        .as("both marks kept")
        .containsExactly(true, false);
    long classMarks =
        jdbc.sql("select count(*) from absence_mark where class_id = ? and absence_day = ?")
            .params(ce1, java.sql.Date.valueOf(day))
            .query(Long.class)
            .single();
    // Saving the same roll call again writes nothing.
    as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.AFTERNOON, Set.of()));
    assertThat(
            jdbc.sql("select count(*) from absence_mark where class_id = ? and absence_day = ?")
                .params(ce1, java.sql.Date.valueOf(day))
                .query(Long.class)
                .single())
        .isEqualTo(classMarks);
    assertThat(listed(as(MARTIN, () -> absences.toJustify(lea)), lea, day, HalfDay.AFTERNOON))
        .isFalse();
    assertThatThrownBy(
            () ->
                as(MARTIN, () -> absences.justify(lea, day, HalfDay.AFTERNOON, Reason.OTHER, null)))
        .isInstanceOf(AbsenceException.class);
    assertThatThrownBy(
            () ->
                as(
                    TEACHER,
                    () -> absences.saveRollCall(ce1, day.plusDays(1), HalfDay.MORNING, Set.of())))
        .as("a day still to come")
        .isInstanceOf(AbsenceException.class);
  }

  @Test
  void aReportNeedsDaysInOrderAndNotAllPast() {
    LocalDate day = LocalDate.of(2026, 3, 9);
    at(day);
    assertThatThrownBy(
            () ->
                as(
                    MARTIN,
                    () ->
                        absences.report(
                            new AbsenceNoticeDraft(
                                lea, day.plusDays(2), day, DayPart.DAY, Reason.FAMILY, null))))
        .isInstanceOf(AbsenceException.class);
    assertThatThrownBy(
            () ->
                as(
                    MARTIN,
                    () ->
                        absences.report(
                            new AbsenceNoticeDraft(
                                lea,
                                day.minusDays(3),
                                day.minusDays(1),
                                DayPart.DAY,
                                Reason.FAMILY,
                                null))))
        .isInstanceOf(AbsenceException.class);
    as(
        MARTIN,
        () ->
            absences.report(
                new AbsenceNoticeDraft(
                    lea, day, day.plusDays(1), DayPart.DAY, Reason.FAMILY, " ")));
    // Other tests (and the browser tests, at the real date) leave Léa's notices in the shared
    // database: this one is the notice sent at this test's instant.
    AbsenceNotice kept =
        as(MARTIN, () -> absences.notices(lea)).stream()
            .filter(n -> n.at().equals(clock.instant()))
            .findFirst()
            .orElseThrow();
    assertThat(kept.kind()).isEqualTo(NoticeKind.ADVANCE);
    assertThat(kept.from()).isEqualTo(day);
    assertThat(kept.to()).isEqualTo(day.plusDays(1));
    assertThat(kept.comment()).isNull();
    assertThat(kept.at()).isEqualTo(clock.instant());
  }

  /**
   * A roll call that changes a mark is told on the child's topic (the parents' pages) and on the
   * school's (the director's unjustified list); a justification too. Only ids travel.
   */
  @Test
  void rollCallsAndJustificationsAreToldToTheOpenPages() throws InterruptedException {
    LocalDate day = LocalDate.of(2026, 3, 10);
    at(day);
    String leaTopic = AbsenceSignals.pupilTopic(lea);
    String schoolTopic = AbsenceSignals.schoolTopic(school);
    BlockingQueue<Signal> toLea = new LinkedBlockingQueue<>();
    BlockingQueue<Signal> toSchool = new LinkedBlockingQueue<>();
    try (var p = live.subscribe(leaTopic, toLea::add);
        var d = live.subscribe(schoolTopic, toSchool::add)) {
      as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of(lea)));
      assertThat(toLea.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(leaTopic, AbsenceSignals.MARKED, lea));
      assertThat(toSchool.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(schoolTopic, AbsenceSignals.MARKED, ce1));

      // The same roll call saved again changes no mark: nobody is told.
      as(TEACHER, () -> absences.saveRollCall(ce1, day, HalfDay.MORNING, Set.of(lea)));
      assertThat(toSchool.poll(300, TimeUnit.MILLISECONDS)).isNull();

      as(MARTIN, () -> absences.justify(lea, day, HalfDay.MORNING, Reason.MEDICAL, null));
      assertThat(toLea.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(leaTopic, AbsenceSignals.JUSTIFIED, lea));
      assertThat(toSchool.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(schoolTopic, AbsenceSignals.JUSTIFIED, lea));
      assertThat(
              listed(
                  as(DIRECTOR, () -> absences.unjustified(school, 0, 200)),
                  lea,
                  day,
                  HalfDay.MORNING))
          .isFalse();
    }
  }
}
