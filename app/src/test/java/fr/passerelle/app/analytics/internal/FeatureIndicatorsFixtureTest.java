package fr.passerelle.app.analytics.internal;

import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.commune;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.klass;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.pupils;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.PlaceFigure;
import fr.passerelle.app.chat.internal.ChatIndicators;
import fr.passerelle.app.helpdesk.internal.HelpdeskIndicators;
import fr.passerelle.app.inventory.internal.InventoryIndicators;
import fr.passerelle.app.lessonbook.internal.LessonBookIndicators;
import fr.passerelle.app.reading.internal.ReadingIndicators;
import fr.passerelle.app.visio.internal.VisioIndicators;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indicators other features contribute (visio, chat, equipment and helpdesk, easy-to-read,
 * lesson book), on a data set whose numbers are worked out by hand, on PostgreSQL in a schema of
 * its own.
 *
 * <pre>
 * Alpha: school A1 (CP, 10 pupils), school A2 (CE2, 6 pupils)
 * Beta:  school B1 (CM1, 12 pupils)
 * Visio   A1: 6 pupils 1 h each, one of them again 30 min, the teacher 2 h, a guest 1 h, a seventh
 *             pupil still in the room (no hours yet); B1: 2 pupils 1 h each
 * Chat    A1: 3 class messages this month and 1 from 40 days ago; B1: 1 this month
 * Devices A1: bought 6 and 4 years ago, one without a date, one retired (not counted)
 * Tickets A1: new, assigned, solved in 4 h, closed after being solved in 10 h
 * Easy-to-read A1: 3 texts, 1 validated; B1: 1 text, validated
 * Lesson book A1: a lesson with a validated easy-to-read version, a homework whose version waits
 *             for review, a homework without one; B1: a homework with a validated version
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeatureIndicatorsFixtureTest {

  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC);

  JdbcTemplate jdbc;
  AnalyticsStore store;
  Map<String, Long> ids;

  @BeforeAll
  void loadFixture() {
    jdbc = new JdbcTemplate(FreshSchema.migrated("analytics_features"));
    commune(jdbc, "Alpha", 45.0, 4.0);
    commune(jdbc, "Beta", 45.1, 4.2);
    school(jdbc, "A1", "Alpha");
    school(jdbc, "A2", "Alpha");
    school(jdbc, "B1", "Beta");
    long cp = klass(jdbc, "A1", "CP");
    long ce2 = klass(jdbc, "A2", "CE2");
    long cm1 = klass(jdbc, "B1", "CM1");
    List<Long> a1 = pupils(jdbc, cp, "a1", 10);
    pupils(jdbc, ce2, "a2", 6);
    List<Long> b1 = pupils(jdbc, cm1, "b1", 12);
    jdbc.update(
        "insert into account_role (account_id, role) select pupil_id, 'PUPIL' from enrolment");
    long teacher = account("teacher", "TEACHER");

    long a1Session = session(cp, teacher, "a1room");
    for (int i = 0; i < 6; i++) {
      stay(a1Session, a1.get(i), 60);
    }
    stay(a1Session, a1.get(0), 30);
    stay(a1Session, teacher, 120);
    jdbc.update(
        "insert into visio_presence (session_id, occupant_id, display_name, joined_at, left_at)"
            + " values (?, 'invitation-1', 'Invité', ?, ?)",
        a1Session,
        T0,
        T0.plusHours(1));
    jdbc.update(
        "insert into visio_presence (session_id, occupant_id, account_id, display_name,"
            + " joined_at) values (?, ?, ?, 'En cours', ?)",
        a1Session,
        a1.get(7).toString(),
        a1.get(7),
        T0);
    long b1Session = session(cm1, teacher, "b1room");
    stay(b1Session, b1.get(0), 60);
    stay(b1Session, b1.get(1), 60);

    long a1Room = room(cp);
    long b1Room = room(cm1);
    message(a1Room, 1);
    message(a1Room, 2);
    message(a1Room, 29);
    message(a1Room, 40);
    message(b1Room, 3);

    int year = Year.now(ZoneOffset.UTC).getValue();
    long device = device("A1", "IN_SERVICE", year - 6);
    device("A1", "IN_SERVICE", year - 4);
    device("A1", "IN_STOCK", null);
    device("A1", "RETIRED", year - 15);
    ticket("A1", device, teacher, "NEW", null);
    ticket("A1", device, teacher, "ASSIGNED", null);
    ticket("A1", device, teacher, "SOLVED", 4);
    ticket("A1", device, teacher, "CLOSED", 10);

    easyRead(cp, "A1", "text", 1, "VALIDATED", teacher);
    easyRead(cp, "A1", "text", 2, "SUBMITTED", teacher);
    easyRead(cp, "A1", "text", 3, "DRAFT", teacher);
    easyRead(cm1, "B1", "text", 4, "VALIDATED", teacher);
    easyRead(cp, "A1", "lesson", entry(cp, "A1", "LESSON"), "VALIDATED", teacher);
    easyRead(cp, "A1", "homework", entry(cp, "A1", "HOMEWORK"), "SUBMITTED", teacher);
    entry(cp, "A1", "HOMEWORK");
    easyRead(cm1, "B1", "homework", entry(cm1, "B1", "HOMEWORK"), "VALIDATED", teacher);

    store =
        new AnalyticsStore(
            jdbc,
            List.of(
                new VisioIndicators(),
                new ChatIndicators(),
                new InventoryIndicators(),
                new HelpdeskIndicators(),
                new ReadingIndicators(),
                new LessonBookIndicators()),
            Clock.systemUTC(),
            5);
    ids =
        jdbc
            .queryForList("select name, id from commune union all select name, id from school")
            .stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("name"), r -> ((Number) r.get("id")).longValue()));
  }

  @Test
  void visioHoursCountEveryoneWhoLeftAndRemotePupilsCountAccountsOnce() {
    // 6 × 1 h + 30 min + 2 h + 1 h (the guest) = 9.5 h; the pupil still in the room is not counted.
    assertThat(schools("visioHours", "Alpha"))
        .containsEntry("A1", Figure.shown(9.5))
        .containsEntry("A2", Figure.shown(0));
    assertThat(communes("visioHours")).containsEntry("Beta", Figure.shown(2));
    // Seven pupils: the six who left and the one still in the room; the teacher and the guest are
    // no pupils, and the pupil who came twice counts once.
    assertThat(schools("remotePupils", "Alpha"))
        .containsEntry("A1", Figure.shown(7))
        .containsEntry("A2", Figure.shown(0));
    // Beta's 2 pupils are hidden, and Alpha with them: the territory's 9 would give Beta away.
    assertThat(communes("remotePupils"))
        .containsEntry("Alpha", Figure.HIDDEN)
        .containsEntry("Beta", Figure.HIDDEN);
  }

  @Test
  void chatMessagesAreThoseOfTheLastThirtyDays() {
    assertThat(schools("chatMessages", "Alpha"))
        .containsEntry("A1", Figure.shown(3))
        .containsEntry("A2", Figure.shown(0));
    assertThat(communes("chatMessages")).containsEntry("Beta", Figure.shown(1));
  }

  @Test
  void equipmentCountsDevicesInUseAndTheirAge() {
    // A1: 3 devices not retired for 10 pupils; Alpha: 3 for 16; Beta: none for 12.
    assertThat(schools("devicesPerPupil", "Alpha"))
        .containsEntry("A1", Figure.shown(0.3))
        .containsEntry("A2", Figure.shown(0));
    assertThat(communes("devicesPerPupil").get("Alpha").value()).isCloseTo(3.0 / 16, offset(1e-9));
    assertThat(communes("devicesPerPupil")).containsEntry("Beta", Figure.shown(0));
    // (6 + 4) / 2 dated devices; the retired one is left out.
    assertThat(schools("deviceAge", "Alpha"))
        .containsEntry("A1", Figure.shown(5))
        .containsEntry("A2", Figure.NO_DATA);
  }

  @Test
  void ticketsOpenAndTheirMeanTimeToResolve() {
    assertThat(schools("openTickets", "Alpha")).containsEntry("A1", Figure.shown(2));
    assertThat(schools("ticketHours", "Alpha"))
        .containsEntry("A1", Figure.shown(7))
        .containsEntry("A2", Figure.NO_DATA);
  }

  @Test
  void easyReadShareIsValidatedTextsOverTextsWithAVersion() {
    // A1: 5 texts have a version (3 texts, the lesson, a homework), 2 validated; B1: 2 of 2.
    assertThat(schools("easyReadValidated", "Alpha")).containsEntry("A1", Figure.shown(40));
    assertThat(communes("easyReadValidated")).containsEntry("Beta", Figure.shown(100));
  }

  @Test
  void lessonBookShareIsEntriesWithAValidatedEasyVersionOverAllEntries() {
    // A1: 1 of 3 entries; A2 wrote none; B1: 1 of 1.
    assertThat(schools("lessonBookEasyRead", "Alpha").get("A1").value())
        .isCloseTo(100.0 / 3, offset(1e-9));
    assertThat(schools("lessonBookEasyRead", "Alpha")).containsEntry("A2", Figure.NO_DATA);
    assertThat(communes("lessonBookEasyRead")).containsEntry("Beta", Figure.shown(100));
  }

  Map<String, Figure> communes(String key) {
    return store.communeFigures(key).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  Map<String, Figure> schools(String key, String commune) {
    return store.schoolFigures(key, ids.get(commune)).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  long account(String username, String role) {
    jdbc.update(
        "insert into account (username, password_hash, first_name, last_name)"
            + " values (?, 'x', 'Prénom', 'Nom')",
        username);
    long id =
        jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    jdbc.update("insert into account_role (account_id, role) values (?, ?)", id, role);
    return id;
  }

  long session(long classId, long teacher, String room) {
    return jdbc.queryForObject(
        "insert into visio_session (class_id, room_name, title, starts_at, duration_minutes,"
            + " weekly, lobby, created_by, created_at) values (?, ?, 'Classe', ?, 60, false,"
            + " false, ?, ?) returning id",
        Long.class,
        classId,
        room,
        T0,
        teacher,
        T0);
  }

  void stay(long session, long account, int minutes) {
    jdbc.update(
        "insert into visio_presence (session_id, occupant_id, account_id, display_name,"
            + " joined_at, left_at) values (?, ?, ?, 'Participant', ?, ?)",
        session,
        Long.toString(account),
        account,
        T0,
        T0.plusMinutes(minutes));
  }

  long room(long classId) {
    return jdbc.queryForObject(
        "insert into chat_room (kind, external_kind, external_key, class_id, created_at)"
            + " values ('CLASS', 'class', ?, ?, ?) returning id",
        Long.class,
        Long.toString(classId),
        classId,
        T0);
  }

  void message(long room, int daysAgo) {
    jdbc.update(
        "insert into chat_message (room_id, author_username, body, status, sent_at)"
            + " values (?, 'a1.0', 'Bonjour', 'VISIBLE', current_timestamp - ? * interval '1 day')",
        room,
        daysAgo);
  }

  long device(String school, String state, Integer purchaseYear) {
    return jdbc.queryForObject(
        "insert into device (school_id, kind, name, state, purchase_date, created_at, updated_at)"
            + " select id, 'COMPUTER', 'PC', ?, ?, current_timestamp, current_timestamp"
            + " from school where name = ? returning id",
        Long.class,
        state,
        purchaseYear == null ? null : java.sql.Date.valueOf(purchaseYear + "-06-15"),
        school);
  }

  void ticket(String school, long device, long reporter, String status, Integer solvedAfter) {
    jdbc.update(
        "insert into ticket (school_id, device_id, reporter_id, title, description, urgency,"
            + " impact, priority, status, created_at, solved_at)"
            + " select id, ?, ?, 'Panne', 'Ne démarre plus', 3, 3, 3, ?, ?, ? from school"
            + " where name = ?",
        device,
        reporter,
        status,
        T0,
        solvedAfter == null ? null : T0.plusHours(solvedAfter),
        school);
  }

  long entry(long classId, String school, String kind) {
    return jdbc.queryForObject(
        "insert into class_entry (class_id, school_id, kind, title, body, entry_date, due_date,"
            + " whole_class, created_at, updated_at) select ?, id, ?, 'Titre', 'Texte', ?, ?,"
            + " true, ?, ? from school where name = ? returning id",
        Long.class,
        classId,
        kind,
        java.sql.Date.valueOf("2026-11-02"),
        java.sql.Date.valueOf("2026-11-03"),
        T0,
        T0,
        school);
  }

  void easyRead(long classId, String school, String kind, long owner, String status, long author) {
    jdbc.update(
        "insert into easy_read (owner_kind, owner_id, class_id, school_id, body, status,"
            + " author_id, created_at, updated_at)"
            + " select ?, ?, ?, id, 'Texte facile', ?, ?, ?, ? from school where name = ?",
        kind,
        owner,
        classId,
        status,
        author,
        T0,
        T0,
        school);
  }
}
