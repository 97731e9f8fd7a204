package fr.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.chat.internal.ChatRetention;
import fr.passerelle.app.territory.ScopeDeniedException;
import fr.passerelle.media.live.Broadcaster.Subscription;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Class rooms, history, unread counts, moderation and safety, on PostgreSQL and H2. */
@PasserelleTest
@BothDatabases
class ChatServiceTest {

  static final String FERRY = "0420101A";

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired ChatRooms rooms;
  @Autowired ChatMessages messages;
  @Autowired ChatModeration moderation;
  @Autowired ChatRetention retention;
  @Autowired ChatFanOut fanOut;
  @Autowired DataSource dataSource;
  DemoAccounts demo;
  ChatCallers callers;
  long ce1;
  long room;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    callers = new ChatCallers(users);
    ce1 = demo.schoolClass(FERRY, "CE1");
    room = callers.as("enseignante.ferry", () -> rooms.classRoom(ce1)).id();
  }

  /** The CE1 pupils the demo generated (not Léa and Hugo, whom the browser test uses). */
  List<String> otherPupils() {
    return jdbc.sql(
            "select a.username from account a join enrolment e on e.pupil_id = a.id"
                + " where e.class_id = ? and a.username not in ('lea.martin', 'hugo.nguyen')"
                + " order by a.username")
        .param(ce1)
        .query(String.class)
        .list();
  }

  /**
   * The one place the chat needs PostgreSQL itself (LISTEN/NOTIFY between nodes): on H2 a message
   * reaches this node only, and the administrator's page says so (ADR 0022).
   */
  @Test
  void signalsCrossNodesOnPostgreSqlOnly() throws SQLException {
    String database;
    try (Connection c = dataSource.getConnection()) {
      database = c.getMetaData().getDatabaseProductName();
    }
    assertThat(database).isIn("PostgreSQL", "H2");
    assertThat(callers.as("admin", () -> moderation.multiNode()))
        .isEqualTo(database.equals("PostgreSQL"));
  }

  @Test
  void theClassRoomIsForItsPupilsAndTeachersOnly() {
    RoomDetails asTeacher = callers.as("enseignante.ferry", () -> rooms.classRoom(ce1));
    assertThat(asTeacher.moderator()).isTrue();
    assertThat(asTeacher.title()).isEqualTo("CE1 – École élémentaire Jules Ferry");
    RoomDetails asPupil = callers.as("lea.martin", () -> rooms.classRoom(ce1));
    assertThat(asPupil.id()).isEqualTo(asTeacher.id());
    assertThat(asPupil.moderator()).isFalse();
    for (String outsider : List.of("parent.martin", "directrice.ferry", "referent.ferry")) {
      assertThatThrownBy(() -> callers.as(outsider, () -> rooms.classRoom(ce1)))
          .as(outsider)
          .isInstanceOf(ScopeDeniedException.class);
      assertThatThrownBy(() -> callers.as(outsider, () -> messages.history(room, null, 20)))
          .as(outsider)
          .isInstanceOf(ScopeDeniedException.class);
    }
  }

  @Test
  void aMessageIsInTheHistoryOfTheOthersAndCountsAsUnreadUntilRead() {
    // The reader has no chat page open anywhere (a live page marks messages read as they come).
    String pupil = otherPupils().get(0);
    String reader = otherPupils().get(5);
    long before = callers.as(reader, () -> rooms.unreadTotal());
    ChatMessage sent = callers.as(pupil, () -> messages.send(room, "Bonjour la classe !"));
    assertThat(sent.status()).isEqualTo(MessageStatus.VISIBLE);
    assertThat(callers.as(reader, () -> rooms.unreadTotal())).isEqualTo(before + 1);
    callers.run(reader, () -> messages.markRead(room, sent.id()));
    assertThat(callers.as(reader, () -> rooms.unreadTotal())).isZero();
    List<ChatMessage> page = callers.as("enseignante.ferry", () -> messages.history(room, null, 5));
    assertThat(page.getLast().id()).isEqualTo(sent.id());
    assertThat(page.getLast().authorName()).isNotBlank();
    callers.run("enseignante.ferry", () -> messages.markRead(room, sent.id()));
    assertThat(
            callers.as("enseignante.ferry", () -> rooms.myRooms()).stream()
                .filter(r -> r.id() == room)
                .findFirst()
                .orElseThrow()
                .unread())
        .isZero();
    // Paging: the page before the newest message ends with the one before it.
    List<ChatMessage> older =
        callers.as("enseignante.ferry", () -> messages.history(room, sent.id(), 5));
    assertThat(older).allMatch(m -> m.id() < sent.id());
  }

  @Test
  void theWordFilterHoldsAMessageUntilATeacherReleasesIt() throws InterruptedException {
    String pupil = otherPupils().get(1);
    BlockingQueue<ChatSignal> signals = new LinkedBlockingQueue<>();
    try (Subscription s = fanOut.subscribe(room, signals::add)) {
      ChatMessage held = callers.as(pupil, () -> messages.send(room, "T’es un IDIOT !"));
      assertThat(held.status()).isEqualTo(MessageStatus.HELD);
      assertThat(signals.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new ChatSignal(ChatSignal.Kind.REVIEW, room, held.id()));
      assertThat(callers.as("hugo.nguyen", () -> messages.message(held.id()))).isEmpty();
      assertThat(callers.as("hugo.nguyen", () -> messages.history(room, null, 50)))
          .noneMatch(m -> m.id() == held.id());
      assertThat(callers.as(pupil, () -> messages.history(room, null, 50)))
          .anyMatch(m -> m.id() == held.id() && m.status() == MessageStatus.HELD);
      assertThat(callers.as("enseignante.ferry", () -> moderation.toReview()))
          .anyMatch(r -> r.messageId() == held.id() && r.status() == MessageStatus.HELD);
      assertThat(demo.auditCount("CHAT_HELD", pupil, "chat-message:" + held.id())).isEqualTo(1);

      callers.run("enseignante.ferry", () -> moderation.release(held.id()));
      assertThat(signals.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new ChatSignal(ChatSignal.Kind.MESSAGE, room, held.id()));
      assertThat(callers.as("hugo.nguyen", () -> messages.message(held.id())))
          .hasValueSatisfying(m -> assertThat(m.status()).isEqualTo(MessageStatus.VISIBLE));
      assertThat(demo.auditCount("CHAT_RELEASED", "enseignante.ferry", "chat-message:" + held.id()))
          .isEqualTo(1);
    }
    // Whole words only: "idiotie" is not held.
    assertThat(callers.as(pupil, () -> messages.send(room, "Une idiotie")).status())
        .isEqualTo(MessageStatus.VISIBLE);
  }

  @Test
  void aTeacherHidesAMessageThatIsKeptForTheRecord() {
    String pupil = otherPupils().get(2);
    ChatMessage sent = callers.as(pupil, () -> messages.send(room, "Message à masquer"));
    assertThatThrownBy(() -> callers.run("hugo.nguyen", () -> moderation.hide(sent.id())))
        .isInstanceOf(ScopeDeniedException.class);
    callers.run("enseignante.ferry", () -> moderation.hide(sent.id()));
    ChatMessage seenByPupil =
        callers.as("hugo.nguyen", () -> messages.message(sent.id())).orElseThrow();
    assertThat(seenByPupil.status()).isEqualTo(MessageStatus.HIDDEN);
    assertThat(seenByPupil.body()).isEmpty();
    ChatMessage seenByTeacher =
        callers.as("enseignante.ferry", () -> messages.message(sent.id())).orElseThrow();
    assertThat(seenByTeacher.body()).isEqualTo("Message à masquer");
    assertThat(
            jdbc.sql("select author_username from chat_message where id = ?")
                .param(sent.id())
                .query(String.class)
                .single())
        .isEqualTo(pupil);
    assertThat(demo.auditCount("CHAT_HIDDEN", "enseignante.ferry", "chat-message:" + sent.id()))
        .isEqualTo(1);
  }

  @Test
  void aMutedPupilCannotWriteUntilTheMuteEnds() {
    String pupil = otherPupils().get(3);
    long pupilId = demo.account(pupil);
    assertThatThrownBy(
            () ->
                callers.run(
                    "hugo.nguyen", () -> moderation.mute(room, pupilId, Duration.ofMinutes(5))))
        .isInstanceOf(ScopeDeniedException.class);
    callers.run("enseignante.ferry", () -> moderation.mute(room, pupilId, Duration.ofMinutes(5)));
    try {
      assertRefused(pupil, ChatRefusal.MUTED, () -> messages.send(room, "Je peux parler ?"));
      assertThat(demo.auditCount("CHAT_MUTED", "enseignante.ferry", "chat-room:" + room))
          .isPositive();
    } finally {
      jdbc.sql("delete from chat_mute where account_id = ?").param(pupilId).update();
    }
    assertThat(callers.as(pupil, () -> messages.send(room, "Je peux parler ?")).status())
        .isEqualTo(MessageStatus.VISIBLE);
  }

  @Test
  void aClosedRoomTakesNoMessageUntilItIsOpenedAgain() {
    String pupil = otherPupils().get(4);
    assertThatThrownBy(() -> callers.run(pupil, () -> moderation.setClosed(room, true)))
        .isInstanceOf(ScopeDeniedException.class);
    callers.run("enseignante.ferry", () -> moderation.setClosed(room, true));
    try {
      assertThat(callers.as(pupil, () -> rooms.room(room)).closed()).isTrue();
      assertRefused(pupil, ChatRefusal.CLOSED, () -> messages.send(room, "Ouvert ?"));
    } finally {
      callers.run("enseignante.ferry", () -> moderation.setClosed(room, false));
    }
    assertThat(callers.as(pupil, () -> messages.send(room, "Ouvert !")).status())
        .isEqualTo(MessageStatus.VISIBLE);
  }

  @Test
  void aReportedMessageReachesTheTeacherAndTheDirector() {
    String pupil = otherPupils().get(5);
    ChatMessage sent = callers.as(pupil, () -> messages.send(room, "Un message signalé"));
    callers.run("hugo.nguyen", () -> moderation.report(sent.id()));
    callers.run("hugo.nguyen", () -> moderation.report(sent.id()));
    assertThat(callers.as("enseignante.ferry", () -> moderation.toReview()))
        .filteredOn(r -> r.messageId() == sent.id())
        .singleElement()
        .satisfies(r -> assertThat(r.reports()).isEqualTo(1));
    assertThat(callers.as("directrice.ferry", () -> moderation.toReview()))
        .anyMatch(r -> r.messageId() == sent.id());
    assertThat(callers.as("direction.lamartine", () -> moderation.toReview()))
        .noneMatch(r -> r.messageId() == sent.id());
    assertThat(demo.auditCount("CHAT_REPORTED", "hugo.nguyen", "chat-message:" + sent.id()))
        .isEqualTo(1);
    // The director may hide it; that closes the report.
    callers.run("directrice.ferry", () -> moderation.hide(sent.id()));
    assertThat(callers.as("enseignante.ferry", () -> moderation.toReview()))
        .noneMatch(r -> r.messageId() == sent.id());
  }

  @Test
  void theEmergencySwitchSuspendsEveryRoomAtOnceWithANoticeToEveryone()
      throws InterruptedException {
    assertThatThrownBy(() -> callers.run("enseignante.ferry", () -> moderation.suspendAll("Non")))
        .isInstanceOf(AccessDeniedException.class);
    BlockingQueue<ChatSignal> signals = new LinkedBlockingQueue<>();
    try (Subscription s = fanOut.subscribe(room, signals::add)) {
      callers.run("admin", () -> moderation.suspendAll("Messagerie suspendue par précaution."));
      try {
        assertThat(signals.poll(5, TimeUnit.SECONDS))
            .isEqualTo(ChatSignal.everyone(ChatSignal.Kind.EMERGENCY));
        Emergency state = callers.as("lea.martin", () -> moderation.emergency());
        assertThat(state.suspended()).isTrue();
        assertThat(state.notice()).isEqualTo("Messagerie suspendue par précaution.");
        assertRefused(
            "enseignante.ferry", ChatRefusal.SUSPENDED, () -> messages.send(room, "Test"));
        assertThat(demo.auditCount("CHAT_SUSPENDED", "admin", "chat")).isPositive();
      } finally {
        callers.run("admin", () -> moderation.resumeAll());
      }
    }
    assertThat(callers.as("lea.martin", () -> moderation.emergency()).suspended()).isFalse();
  }

  @Test
  void anAccountThatWritesTooFastIsStoppedForAWhile() {
    String pupil = "referent.ferry";
    long cm2 = demo.schoolClass(FERRY, "CM2");
    long cm2Room = callers.as(pupil, () -> rooms.classRoom(cm2)).id();
    for (int i = 0; i < 8; i++) {
      int n = i;
      callers.as(pupil, () -> messages.send(cm2Room, "Message " + n));
    }
    assertRefused(pupil, ChatRefusal.RATE_LIMITED, () -> messages.send(cm2Room, "Un de trop"));
  }

  @Test
  void lengthAndAttachmentsAreChecked() {
    String pupil = otherPupils().get(0);
    assertRefused(pupil, ChatRefusal.TOO_LONG, () -> messages.send(room, "a".repeat(501)));
    assertRefused(pupil, ChatRefusal.EMPTY, () -> messages.send(room, "   "));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
    ChatMessage withImage =
        callers.as(pupil, () -> messages.sendWithAttachment(room, "Mon dessin", "dessin.png", png));
    assertThat(withImage.attachment()).isNotNull();
    assertThat(withImage.attachment().mediaType()).isEqualTo("image/png");
    AttachmentContent content =
        callers.as("hugo.nguyen", () -> messages.attachment(withImage.attachment().id()));
    assertThat(content.content()).isEqualTo(png);
    assertThatThrownBy(
            () ->
                callers.as("parent.martin", () -> messages.attachment(withImage.attachment().id())))
        .isInstanceOf(ScopeDeniedException.class);
    // The name says PNG, the content is a script: refused.
    byte[] script = "<script>alert(1)</script>".getBytes();
    assertRefused(
        pupil,
        ChatRefusal.ATTACHMENT_TYPE,
        () -> messages.sendWithAttachment(room, "", "image.png", script));
    byte[] big = Arrays.copyOf(png, 2 * 1024 * 1024 + 1);
    assertRefused(
        pupil,
        ChatRefusal.ATTACHMENT_TOO_LARGE,
        () -> messages.sendWithAttachment(room, "", "a.png", big));
    assertRefused(
        pupil,
        ChatRefusal.ATTACHMENT_EMPTY,
        () -> messages.sendWithAttachment(room, "Vide", "vide.pdf", new byte[0]));
  }

  @Test
  void anImageCarriesItsSendersDescriptionAndAPdfNone() {
    String pupil = otherPupils().get(0);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
    ChatMessage image =
        callers.as(
            pupil,
            () ->
                messages.sendWithAttachment(
                    room, "", "chat.png", png, "  Un chat roux qui dort  "));
    assertThat(
            callers
                .as("hugo.nguyen", () -> messages.message(image.id()))
                .orElseThrow()
                .attachment())
        .extracting(AttachmentInfo::description, AttachmentInfo::image)
        .containsExactly("Un chat roux qui dort", true);
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ChatMessage file =
        callers.as(
            pupil, () -> messages.sendWithAttachment(room, "Le mot", "mot.pdf", pdf, "ignoré"));
    assertThat(file.attachment().description()).isNull();
    assertThat(file.attachment().image()).isFalse();
  }

  @Test
  void aDeliveryIsReadOnceButRightsAreCheckedForEachCaller() {
    ChatMessage sent =
        callers.as("enseignante.ferry", () -> messages.send(room, "Rangez vos affaires"));
    assertThat(callers.as("hugo.nguyen", () -> messages.delivered(sent.id())))
        .hasValueSatisfying(m -> assertThat(m.body()).isEqualTo("Rangez vos affaires"));
    // Same cached delivery, another caller: a parent is no member of the class room.
    assertThat(callers.as("parent.martin", () -> messages.delivered(sent.id()))).isEmpty();
    assertThat(callers.as("enseignante.ferry", () -> messages.delivered(sent.id())))
        .hasValueSatisfying(m -> assertThat(m.mine()).isTrue());
    // Hidden afterwards: the delivery is forgotten, pupils see the blanked message.
    callers.run("enseignante.ferry", () -> moderation.hide(sent.id()));
    assertThat(callers.as("hugo.nguyen", () -> messages.delivered(sent.id())))
        .hasValueSatisfying(m -> assertThat(m.body()).isEmpty());
  }

  @Test
  void messagesOlderThanTheRetentionPeriodArePurged() {
    long author = demo.account("enseignante.ferry");
    Instant old = Instant.now().minus(Duration.ofDays(400));
    jdbc.sql(
            "insert into chat_message (room_id, author_id, author_username, body, status,"
                + " sent_at) values (?,?,?,?,?,?)")
        .params(
            room,
            author,
            "enseignante.ferry",
            "Très ancien",
            "VISIBLE",
            old.atOffset(ZoneOffset.UTC))
        .update();
    ChatMessage recent = callers.as("enseignante.ferry", () -> messages.send(room, "Récent"));
    assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from chat_message where body = 'Très ancien'")
                .query(Long.class)
                .single())
        .isZero();
    assertThat(callers.as("lea.martin", () -> messages.message(recent.id()))).isPresent();
    assertThat(
            jdbc.sql("select count(*) from audit_event where kind = 'CHAT_PURGED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aVisioRoomIsForTheMembersTheVisioFeatureNames() {
    long teacher = demo.account("enseignante.ferry");
    long lea = demo.account("lea.martin");
    RoomDetails visio =
        callers.as(
            "enseignante.ferry",
            () -> rooms.roomFor("visio", "session-42", "Visio du lundi", Set.of(teacher, lea)));
    assertThat(visio.kind()).isEqualTo(RoomKind.VISIO);
    assertThat(visio.moderator()).isTrue();
    RoomDetails again =
        callers.as(
            "lea.martin",
            () -> rooms.roomFor("visio", "session-42", "Visio du lundi", Set.of(teacher, lea)));
    assertThat(again.id()).isEqualTo(visio.id());
    assertThat(callers.as("lea.martin", () -> rooms.room(visio.id())).title())
        .isEqualTo("Visio du lundi");
    assertThatThrownBy(() -> callers.as("hugo.nguyen", () -> rooms.room(visio.id())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(
            () ->
                callers.as(
                    "hugo.nguyen",
                    () -> rooms.roomFor("visio", "session-42", "x", Set.of(teacher, lea))))
        .isInstanceOf(ScopeDeniedException.class);
  }

  private void assertRefused(String who, ChatRefusal reason, Runnable call) {
    assertThatThrownBy(() -> callers.run(who, call))
        .isInstanceOfSatisfying(
            ChatRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
