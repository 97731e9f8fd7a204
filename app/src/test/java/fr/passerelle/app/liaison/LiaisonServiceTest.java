package fr.passerelle.app.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.territory.ScopeDeniedException;
import fr.passerelle.media.live.Signal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The liaison book's rules on PostgreSQL and H2 with the demo data: who may post where (a teacher
 * their classes, a director their school), who reads (a parent their own children only), counts per
 * family ("X/Y") with who is missing, one kept acknowledgement per parent, replies only when
 * allowed and kept, reminders only to the families missing, each recorded; refusals audited.
 */
@PasserelleTest
@BothDatabases
@RecordApplicationEvents
class LiaisonServiceTest {

  static final String FERRY = "0420101A";
  static final String SOLEIL = "0420102B";
  static final String TEACHER = "enseignante.ferry"; // CE1
  static final String COLLEAGUE = "referent.ferry"; // CM2, same school
  static final String DIRECTOR = "directrice.ferry";
  static final String MARTIN = "parent.martin"; // Léa, CE1
  static final String NGUYEN = "parent.nguyen"; // Hugo, CE1

  @Autowired LiaisonService liaison;
  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService userDetails;
  @Autowired SettableClock clock;
  @Autowired ApplicationEvents events;
  @Autowired LiveSignals live;
  DemoAccounts demo;
  long ce1;
  long cm2;
  long lea;
  long hugo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    ce1 = demo.schoolClass(FERRY, "CE1");
    cm2 = demo.schoolClass(FERRY, "CM2");
    lea = demo.account("lea.martin");
    hugo = demo.account("hugo.nguyen");
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  Notice post(String author, Long classId, Set<Long> pupils, String title, boolean replies) {
    return as(
        author,
        () ->
            liaison.post(new NoticeDraft(classId, pupils, title, "Le texte de " + title, replies)));
  }

  Notice toCe1(String title, boolean replies) {
    return post(TEACHER, ce1, Set.of(), title, replies);
  }

  String otherDirector() {
    return jdbc.sql(
            "select a.username from account a join account_role r on r.account_id = a.id"
                + " where r.role = 'DIRECTOR' and a.school_id = ?")
        .param(demo.school(SOLEIL))
        .query(String.class)
        .single();
  }

  /**
   * A whole second some hours after the real time: later than anything the demo data and the other
   * tests wrote, so "latest first" lists put this test's rows first whatever the day it runs.
   */
  static Instant soon(int hours) {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(hours, ChronoUnit.HOURS);
  }

  Set<Long> ce1Pupils() {
    return new HashSet<>(
        jdbc.sql("select pupil_id from enrolment where class_id = ?")
            .param(ce1)
            .query(Long.class)
            .list());
  }

  @Test
  void teachersPostToTheirClassesAndDirectorsToTheirSchool() {
    Notice notice = toCe1("Piscine mardi", false);
    assertThat(notice.audience()).startsWith("CE1");
    assertThat(notice.authorName()).isEqualTo("Amélie Durand");
    assertThat(as(TEACHER, () -> liaison.audiences()))
        .extracting(LiaisonAudience::classId)
        .containsExactly(ce1);

    assertThatThrownBy(() -> post(COLLEAGUE, ce1, Set.of(), "x", false))
        .as("a teacher of another class")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", COLLEAGUE, "class:" + ce1)).isPositive();
    assertThatThrownBy(() -> as(COLLEAGUE, () -> liaison.pupilsOf(ce1)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> post(TEACHER, null, Set.of(), "x", false))
        .as("only a director writes to the whole school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", TEACHER, "liaison-school")).isPositive();
    assertThatThrownBy(() -> post(TEACHER, ce1, Set.of(demo.account(pupilOf(cm2))), "x", false))
        .as("a pupil outside the class")
        .isInstanceOf(ScopeDeniedException.class);

    String other = otherDirector();
    assertThatThrownBy(() -> post(other, ce1, Set.of(), "x", false))
        .as("the director of another school")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", other, "class:" + ce1)).isPositive();
    assertThatThrownBy(() -> as(other, () -> liaison.detail(notice.id())))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", other, "liaison-notice:" + notice.id()))
        .isPositive();
    assertThatThrownBy(() -> as(COLLEAGUE, () -> liaison.detail(notice.id())))
        .as("another teacher's notice")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.audiences()))
        .isInstanceOf(AccessDeniedException.class);

    // The director: her school's classes and the whole school; she reads her teachers' notices.
    Notice school = post(DIRECTOR, null, Set.of(), "Fermeture exceptionnelle", true);
    assertThat(school.classId()).isNull();
    assertThat(as(DIRECTOR, () -> liaison.detail(school.id())).families())
        .isEqualTo(
            jdbc.sql(
                    "select count(*) from enrolment e join school_class c on c.id = e.class_id"
                        + " where c.school_id = ?")
                .param(demo.school(FERRY))
                .query(Integer.class)
                .single());
    assertThat(as(DIRECTOR, () -> liaison.detail(notice.id())).yours()).isFalse();
    assertThat(post(DIRECTOR, cm2, Set.of(), "Pour le CM2", false).audience()).startsWith("CM2");
    assertThatThrownBy(() -> as(DIRECTOR, () -> liaison.remind(notice.id())))
        .as("only the author reminds")
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> post(TEACHER, ce1, Set.of(), " ", false))
        .isInstanceOf(LiaisonException.class);
  }

  @Test
  void parentsSeeOnlyTheirOwnChildrensNotices() {
    Notice forHugo = post(TEACHER, ce1, Set.of(hugo), "Pour la famille de Hugo", false);
    Notice forAll = toCe1("Pour toutes les familles", false);

    assertThat(as(NGUYEN, () -> liaison.forChild(hugo)))
        .extracting(n -> n.notice().title())
        .contains("Pour la famille de Hugo", "Pour toutes les familles");
    assertThat(as(MARTIN, () -> liaison.forChild(lea)))
        .extracting(n -> n.notice().title())
        .contains("Pour toutes les familles")
        .doesNotContain("Pour la famille de Hugo");
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.forChild(hugo)))
        .as("another family's child")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", MARTIN, "pupil:" + hugo)).isPositive();
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.acknowledge(forHugo.id(), hugo)))
        .isInstanceOf(ScopeDeniedException.class);
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.acknowledge(forHugo.id(), lea)))
        .as("a notice that is not for Léa")
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", MARTIN, "liaison-notice:" + forHugo.id()))
        .isPositive();
    String cm2Parent = parentOf(pupilOf(cm2));
    long cm2Pupil = demo.account(pupilOf(cm2));
    assertThat(as(cm2Parent, () -> liaison.forChild(cm2Pupil)))
        .as("a parent of another class")
        .extracting(n -> n.notice().id())
        .doesNotContain(forHugo.id(), forAll.id());
    assertThatThrownBy(() -> as(TEACHER, () -> liaison.forChild(hugo)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void countsPerFamilyWithTheMissingAndTheFirstAcknowledgementKept() {
    Notice notice = toCe1("Sortie au parc vendredi", false);
    int families = ce1Pupils().size();
    NoticeDetail before = as(TEACHER, () -> liaison.detail(notice.id()));
    assertThat(before.signed()).isZero();
    assertThat(before.families()).isEqualTo(families);
    assertThat(before.missing()).hasSize(families);

    Instant first = soon(1);
    clock.set(first);
    assertThat(as(NGUYEN, () -> liaison.acknowledge(notice.id(), hugo))).isEqualTo(first);
    clock.set(first.plusSeconds(3600));
    assertThat(as(NGUYEN, () -> liaison.acknowledge(notice.id(), hugo)))
        .as("signing again keeps the first signature")
        .isEqualTo(first);
    assertThat(
            jdbc.sql("select count(*) from liaison_ack where notice_id = ?")
                .param(notice.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    NoticeDetail after = as(TEACHER, () -> liaison.detail(notice.id()));
    assertThat(after.signed()).isEqualTo(1);
    assertThat(after.families()).isEqualTo(families);
    assertThat(after.missing()).hasSize(families - 1);
    assertThat(after.missing()).extracting(m -> m.child().id()).contains(lea).doesNotContain(hugo);
    assertThat(after.missing())
        .filteredOn(m -> m.child().id() == lea)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.parents())
                    .extracting(PersonName::full)
                    // Léa's separated parents: the family demo links Claire Bernard too.
                    .containsExactlyInAnyOrder("Karim Martin", "Claire Bernard"));
    assertThat(after.acknowledgements())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.parent().full()).isEqualTo("Linh Nguyen");
              assertThat(a.child().id()).isEqualTo(hugo);
              assertThat(a.at()).isEqualTo(first);
            });
    assertThat(as(TEACHER, () -> liaison.myNotices(0, 50)))
        .filteredOn(s -> s.notice().id() == notice.id())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.signed()).isEqualTo(1);
              assertThat(s.families()).isEqualTo(families);
            });
    assertThat(as(NGUYEN, () -> liaison.awaiting(hugo)))
        .extracting(n -> n.notice().id())
        .doesNotContain(notice.id());
    assertThat(as(NGUYEN, () -> liaison.recentlySigned(hugo, 5)))
        .extracting(n -> n.notice().id())
        .contains(notice.id());
    assertThat(as(MARTIN, () -> liaison.awaiting(lea)))
        .extracting(n -> n.notice().id())
        .contains(notice.id());
  }

  @Test
  void aFamilyHasSignedWhenOneOfItsParentsHas() {
    Notice notice = toCe1("Cahier à signer", false);
    // Léa's mother, for this test only: another demo parent linked to Léa too.
    String mother = parentOf(pupilOf(cm2));
    long motherId = demo.account(mother);
    jdbc.sql("insert into guardianship (parent_id, pupil_id) values (?,?)")
        .params(motherId, lea)
        .update();
    try {
      as(mother, () -> liaison.acknowledge(notice.id(), lea));
      NoticeDetail detail = as(TEACHER, () -> liaison.detail(notice.id()));
      assertThat(detail.signed()).isEqualTo(1);
      assertThat(detail.missing()).extracting(m -> m.child().id()).doesNotContain(lea);
      assertThat(as(MARTIN, () -> liaison.awaiting(lea)))
          .as("her father may still sign it himself")
          .extracting(n -> n.notice().id())
          .contains(notice.id());
      as(MARTIN, () -> liaison.acknowledge(notice.id(), lea));
      NoticeDetail both = as(TEACHER, () -> liaison.detail(notice.id()));
      assertThat(both.signed()).as("still one family").isEqualTo(1);
      assertThat(both.acknowledgements()).hasSize(2);
    } finally {
      jdbc.sql("delete from guardianship where parent_id = ? and pupil_id = ?")
          .params(motherId, lea)
          .update();
    }
  }

  @Test
  void repliesOnlyWhenAllowedAndKept() {
    Notice closed = toCe1("Sans réponse", false);
    Notice open = toCe1("Qui peut accompagner ?", true);

    assertThatThrownBy(() -> as(MARTIN, () -> liaison.reply(closed.id(), lea, "Moi")))
        .isInstanceOf(ScopeDeniedException.class);
    assertThat(demo.auditCount("ACCESS_DENIED", MARTIN, "liaison-notice:" + closed.id()))
        .isPositive();
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.reply(open.id(), lea, "  ")))
        .isInstanceOf(LiaisonException.class);
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.reply(open.id(), hugo, "Moi")))
        .isInstanceOf(ScopeDeniedException.class);

    Instant t1 = soon(2);
    clock.set(t1);
    as(MARTIN, () -> liaison.reply(open.id(), lea, "Je peux venir le matin."));
    clock.set(t1.plusSeconds(600));
    as(MARTIN, () -> liaison.reply(open.id(), lea, "Finalement, toute la journée."));

    List<Reply> replies = as(TEACHER, () -> liaison.detail(open.id())).replies();
    assertThat(replies)
        .extracting(Reply::text)
        .containsExactly("Je peux venir le matin.", "Finalement, toute la journée.");
    assertThat(replies).extracting(Reply::at).containsExactly(t1, t1.plusSeconds(600));
    assertThat(replies.getFirst().parent().full()).isEqualTo("Karim Martin");
    assertThat(replies.getFirst().child().id()).isEqualTo(lea);
    assertThat(as(MARTIN, () -> liaison.forChild(lea)))
        .filteredOn(n -> n.notice().id() == open.id())
        .singleElement()
        .satisfies(n -> assertThat(n.myReplies()).hasSize(2));
    assertThat(as(NGUYEN, () -> liaison.forChild(hugo)))
        .as("another family does not read Léa's father's replies")
        .filteredOn(n -> n.notice().id() == open.id())
        .singleElement()
        .satisfies(n -> assertThat(n.myReplies()).isEmpty());
  }

  @Test
  void postingTellsEveryFamilyAndRemindingOnlyTheMissingOnes() {
    Set<Long> pupils = ce1Pupils();
    Notice notice = toCe1("Autorisation de photo", false);
    assertThat(news("liaison.mail.posted", notice.title()))
        .extracting(FamilyNews::pupilId)
        .containsExactlyInAnyOrderElementsOf(pupils);

    as(NGUYEN, () -> liaison.acknowledge(notice.id(), hugo));
    assertThatThrownBy(() -> as(COLLEAGUE, () -> liaison.remind(notice.id())))
        .isInstanceOf(ScopeDeniedException.class);
    Instant at = soon(3);
    clock.set(at);
    int reminded = as(TEACHER, () -> liaison.remind(notice.id()));
    assertThat(reminded).isEqualTo(pupils.size() - 1);
    List<FamilyNews> first = news("liaison.mail.reminder", notice.title());
    assertThat(first)
        .extracting(FamilyNews::pupilId)
        .hasSize(pupils.size() - 1)
        .doesNotContain(hugo);
    assertThat(first)
        .filteredOn(n -> n.pupilId() == lea)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.parentIds())
                  .containsExactlyInAnyOrder(demo.account(MARTIN), demo.account("parent.bernard"));
              assertThat(n.kind()).isEqualTo("liaison");
              assertThat(n.at()).isEqualTo(at);
            });

    as(MARTIN, () -> liaison.acknowledge(notice.id(), lea));
    clock.set(at.plusSeconds(86_400));
    assertThat(as(TEACHER, () -> liaison.remind(notice.id()))).isEqualTo(pupils.size() - 2);
    List<FamilyNews> all = news("liaison.mail.reminder", notice.title());
    assertThat(all.subList(first.size(), all.size()))
        .extracting(FamilyNews::pupilId)
        .doesNotContain(hugo, lea)
        .hasSize(pupils.size() - 2);

    NoticeDetail detail = as(TEACHER, () -> liaison.detail(notice.id()));
    assertThat(detail.reminders())
        .extracting(Reminder::at, Reminder::families)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at.plusSeconds(86_400), pupils.size() - 2),
            org.assertj.core.groups.Tuple.tuple(at, pupils.size() - 1));
    List<Long> remindedPupils =
        jdbc.sql(
                "select p.pupil_id from liaison_reminder_pupil p join liaison_reminder r"
                    + " on r.id = p.reminder_id where r.notice_id = ? and r.sent_at = ?")
            .params(notice.id(), java.sql.Timestamp.from(at.plusSeconds(86_400)))
            .query(Long.class)
            .list();
    assertThat(remindedPupils).doesNotContain(hugo, lea).hasSize(pupils.size() - 2);
  }

  private List<FamilyNews> news(String subjectKey, String title) {
    return events.stream(FamilyNews.class)
        .filter(n -> n.subjectKey().equals(subjectKey) && n.subjectArgs().equals(List.of(title)))
        .collect(Collectors.toList());
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

  /**
   * A notice posted is told on its class's topic, which the parents' pages of that class listen to;
   * a signature and a reply on the author's topic and the notice's, for the teacher's "X/Y" and the
   * notice's detail on every node. Only ids travel.
   */
  @Test
  void postingSigningAndReplyingAreToldToTheOpenPages() throws InterruptedException {
    long teacher = demo.account(TEACHER);
    String classTopic = LiaisonSignals.classTopic(ce1);
    String authorTopic = LiaisonSignals.authorTopic(teacher);
    BlockingQueue<Signal> toClass = new LinkedBlockingQueue<>();
    BlockingQueue<Signal> toAuthor = new LinkedBlockingQueue<>();
    try (var c = live.subscribe(classTopic, toClass::add);
        var a = live.subscribe(authorTopic, toAuthor::add)) {
      Notice notice = toCe1("Kermesse samedi", true);
      assertThat(toClass.poll(5, TimeUnit.SECONDS))
          .isEqualTo(new Signal(classTopic, LiaisonSignals.POSTED, notice.id()));
      assertThat(as(MARTIN, () -> liaison.topicsForChild(lea)))
          .containsExactlyInAnyOrder(classTopic, LiaisonSignals.schoolTopic(demo.school(FERRY)));
      assertThat(as(TEACHER, () -> liaison.myNoticesTopic())).isEqualTo(authorTopic);

      String noticeTopic = LiaisonSignals.noticeTopic(notice.id());
      BlockingQueue<Signal> toNotice = new LinkedBlockingQueue<>();
      try (var n = live.subscribe(noticeTopic, toNotice::add)) {
        as(MARTIN, () -> liaison.acknowledge(notice.id(), lea));
        assertThat(toAuthor.poll(5, TimeUnit.SECONDS))
            .isEqualTo(new Signal(authorTopic, LiaisonSignals.SIGNED, notice.id()));
        assertThat(toNotice.poll(5, TimeUnit.SECONDS))
            .isEqualTo(new Signal(noticeTopic, LiaisonSignals.SIGNED, notice.id()));
        assertThat(as(TEACHER, () -> liaison.detail(notice.id())).signed()).isOne();

        // Signing again keeps the first signature and tells nobody.
        as(MARTIN, () -> liaison.acknowledge(notice.id(), lea));
        assertThat(toAuthor.poll(300, TimeUnit.MILLISECONDS)).isNull();

        as(MARTIN, () -> liaison.reply(notice.id(), lea, "Nous viendrons."));
        assertThat(toAuthor.poll(5, TimeUnit.SECONDS))
            .isEqualTo(new Signal(authorTopic, LiaisonSignals.REPLIED, notice.id()));
        assertThat(toNotice.poll(5, TimeUnit.SECONDS))
            .isEqualTo(new Signal(noticeTopic, LiaisonSignals.REPLIED, notice.id()));
      }
    }
    // Another family's child has no topics for this parent: refused and audited.
    assertThatThrownBy(() -> as(MARTIN, () -> liaison.topicsForChild(hugo)))
        .isInstanceOf(ScopeDeniedException.class);
  }
}
