package fr.passerelle.app.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.ModuleEvents;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.family.internal.FamilyMailer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Family mails against a real SMTP server (GreenMail, on the port the test configuration gives
 * {@code spring.mail.port}), on PostgreSQL and H2 with the demo data: Karim Martin reads a daily
 * digest with the content, Linh Nguyen gets each piece of news at once without it, Claire Bernard
 * (Léa's other parent) the default digest without content, and nothing once she is restricted. When
 * the server is down the row stays pending and goes at the next round.
 */
@PasserelleTest
@BothDatabases
class FamilyMailTest {

  @Autowired ApplicationEventPublisher events;
  @Autowired FamilyMailer mailer;
  @Autowired FamilyPrivacyService privacy;
  @Autowired NotificationSettingsService settings;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired UserDetailsService userDetails;

  @Value("${spring.mail.port}")
  int port;

  @Value("${passerelle.public-url}")
  String publicUrl;

  GreenMail smtp;
  DemoAccounts demo;

  @BeforeEach
  void setUp() {
    demo = new DemoAccounts(jdbc);
    // Earlier tests' news (other features publish too) must not mix with these mails.
    jdbc.sql(
            "update family_mail set dropped_at = current_timestamp where sent_at is null"
                + " and dropped_at is null")
        .update();
    smtp = start();
  }

  @AfterEach
  void tearDown() {
    if (smtp != null) {
      smtp.stop();
    }
    SecurityContextHolder.clearContext();
  }

  GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(userDetails, username, action);
  }

  /**
   * Publishes a piece of news as a feature does, inside its transaction, and waits until the outbox
   * (a module listener, after the commit) has stored its rows.
   */
  void news(String child, String kind, String subjectKey, String body, Set<Long> parents) {
    transactions.executeWithoutResult(
        t ->
            events.publishEvent(
                new FamilyNews(
                    demo.account(child),
                    parents,
                    kind,
                    subjectKey,
                    List.of(),
                    body,
                    "parent",
                    Instant.now())));
    ModuleEvents.awaitCompleted(jdbc, "FamilyOutbox");
  }

  /** The mails a server received for an address, once the immediate sending has had its moment. */
  List<MimeMessage> awaitTo(String address, int count) throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> to(address).size() >= count);
    return to(address);
  }

  List<MimeMessage> to(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equals(address))) {
        found.add(m);
      }
    }
    return found;
  }

  /** The text of every part of this type, walking the multipart tree. */
  static String partsOf(Part part, String type) throws Exception {
    if (part.isMimeType("multipart/*")) {
      Multipart multi = (Multipart) part.getContent();
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart child = multi.getBodyPart(i);
        all.append(partsOf(child, type));
      }
      return all.toString();
    }
    return part.isMimeType(type) ? part.getContent().toString() : "";
  }

  @Test
  void theDigestReachesTheServerWithBothChildrensNewsAndAPlainTextPart() throws Exception {
    news(
        "lea.martin",
        "liaison",
        "family.kind.liaison",
        "Réunion de classe jeudi à 18 h.",
        Set.of());
    news("tom.martin", "outings", "family.kind.outings", "Sortie à la ferme mardi.", Set.of());
    assertThat(to("parent.martin@example.org")).as("a digest waits for its hour").isEmpty();

    assertThat(mailer.sendDigest()).isGreaterThanOrEqualTo(2);

    List<MimeMessage> martin = to("parent.martin@example.org");
    assertThat(martin).hasSize(1);
    MimeMessage mail = martin.getFirst();
    assertThat(mail.getSubject()).isEqualTo("Passerelle : 2 nouvelles informations");
    String text = partsOf(mail, "text/plain");
    assertThat(text)
        .contains("Pour Léa", "Pour Tom")
        .contains("Carnet de liaison", "Réunion de classe jeudi à 18 h.")
        .contains("Sorties", "Sortie à la ferme mardi.")
        .contains(publicUrl + "/parent");
    String html = partsOf(mail, "text/html");
    assertThat(html).contains("Réunion de classe jeudi à 18 h.", "Sortie à la ferme mardi.");

    // Léa's other parent did not allow content: only how many, and a plain link to log in.
    List<MimeMessage> bernard = to("parent.bernard@example.org");
    assertThat(bernard).hasSize(1);
    String notice = partsOf(bernard.getFirst(), "text/plain");
    assertThat(notice)
        .contains("Vous avez 1 nouvelle information pour Léa.")
        .contains(publicUrl + "/parent")
        .doesNotContain("Réunion de classe")
        .doesNotContain("Tom");
    assertThat(partsOf(bernard.getFirst(), "text/html")).doesNotContain("Réunion de classe");

    // Sent once: the next digest has nothing for them.
    mailer.sendDigest();
    assertThat(to("parent.martin@example.org")).hasSize(1);
  }

  @Test
  void immediateModeSendsAtOnceWithoutContentWhenNotAllowed() throws Exception {
    news(
        "hugo.nguyen",
        "absences",
        "family.kind.absences",
        "Absence de Hugo à justifier.",
        Set.of());
    List<MimeMessage> nguyen = awaitTo("parent.nguyen@example.org", 1);
    assertThat(nguyen).hasSize(1);
    MimeMessage mail = nguyen.getFirst();
    assertThat(mail.getSubject()).isEqualTo("Passerelle : nouvelle information pour Hugo");
    String text = partsOf(mail, "text/plain");
    assertThat(text)
        .contains("Vous avez 1 nouvelle information pour Hugo.", publicUrl + "/parent")
        .doesNotContain("justifier");
    assertThat(partsOf(mail, "text/html")).contains("href=\"" + publicUrl + "/parent\"");
  }

  @Test
  void aRestrictedParentGetsNoMailAndTheOtherStillDoes() throws Exception {
    long lea = demo.account("lea.martin");
    long bernard = demo.account("parent.bernard");
    as(
        "directrice.ferry",
        () -> {
          privacy.restrict(lea, bernard, null);
          return null;
        });
    try {
      news("lea.martin", "liaison", "family.kind.liaison", "Photo de classe lundi.", Set.of());
      // Named explicitly, a restricted parent is still left out.
      news("lea.martin", "outings", "family.kind.outings", "Piscine.", Set.of(bernard));
      mailer.sendDigest();
      assertThat(to("parent.bernard@example.org")).isEmpty();
      assertThat(to("parent.martin@example.org")).hasSize(1);
    } finally {
      as(
          "directrice.ferry",
          () -> {
            privacy.lift(lea, bernard);
            return null;
          });
    }
  }

  @Test
  void whenTheServerIsDownTheRowStaysPendingAndIsSentLater() throws Exception {
    smtp.stop();
    smtp = null;
    news("hugo.nguyen", "townhall", "family.kind.townhall", "Menu de la semaine.", Set.of());
    long nguyen = demo.account("parent.nguyen");
    assertThat(pending(nguyen)).isEqualTo(1);
    assertThat(mailer.sendImmediate()).isZero();
    assertThat(pending(nguyen)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select max(attempts) from family_mail where parent_id = ? and sent_at is null"
                        + " and dropped_at is null")
                .param(nguyen)
                .query(Integer.class)
                .single())
        .isGreaterThanOrEqualTo(2);

    smtp = start();
    assertThat(mailer.sendImmediate()).isEqualTo(1);
    assertThat(pending(nguyen)).isZero();
    assertThat(to("parent.nguyen@example.org")).hasSize(1);
  }

  long pending(long parent) {
    return jdbc.sql(
            "select count(*) from family_mail where parent_id = ? and sent_at is null"
                + " and dropped_at is null")
        .param(parent)
        .query(Long.class)
        .single();
  }

  @Test
  void aParentsSettingsChangesAreKeptAndOnlyTheirOwn() {
    NotificationSettings before = as("parent.bernard", () -> settings.mine());
    assertThat(before.email()).isEqualTo("parent.bernard@example.org");
    int history = as("parent.bernard", () -> settings.myHistory()).size();
    try {
      NotificationSettings changed =
          as(
              "parent.bernard",
              () -> settings.change(" claire@example.org ", Frequency.IMMEDIATE, true));
      assertThat(changed.email()).isEqualTo("claire@example.org");
      assertThat(changed.frequency()).isEqualTo(Frequency.IMMEDIATE);
      assertThat(changed.withContent()).isTrue();
      assertThat(changed.changedAt()).isNotNull();
      assertThatThrownBy(
              () ->
                  as(
                      "parent.bernard",
                      () -> settings.change("pas-une-adresse", Frequency.DIGEST, false)))
          .isInstanceOf(FamilyException.class);
      assertThatThrownBy(
              () -> as("parent.bernard", () -> settings.change("", Frequency.DIGEST, false)))
          .isInstanceOf(FamilyException.class);
      assertThat(as("parent.bernard", () -> settings.myHistory())).hasSize(history + 1);
      assertThatThrownBy(() -> as("directrice.ferry", () -> settings.mine()))
          .isInstanceOf(AccessDeniedException.class);
    } finally {
      as(
          "parent.bernard",
          () -> settings.change(before.email(), before.frequency(), before.withContent()));
    }
    assertThat(as("parent.bernard", () -> settings.myHistory())).hasSize(history + 2);
  }

  /**
   * Two mailers at once, as two nodes' rounds (or a round and the sending after a piece of news on
   * another node) would be: each claims a mail before sending it, so each mail goes once, and a
   * digest stays one mail.
   */
  @Test
  void twoRoundsAtOnceSendEachMailOnce() throws Exception {
    smtp.stop();
    smtp = null;
    for (int i = 1; i <= 6; i++) {
      news("hugo.nguyen", "townhall", "family.kind.townhall", "Menu n° " + i + ".", Set.of());
    }
    news("lea.martin", "liaison", "family.kind.liaison", "Photo de classe.", Set.of());
    news("tom.martin", "outings", "family.kind.outings", "Sortie au musée.", Set.of());
    long nguyen = demo.account("parent.nguyen");
    long martin = demo.account("parent.martin");
    long bernard = demo.account("parent.bernard");
    assertThat(pending(nguyen)).as("the server was down: all waiting").isEqualTo(6);
    assertThat(pending(martin)).isEqualTo(2);
    assertThat(pending(bernard)).isEqualTo(1);

    smtp = start();
    CountDownLatch go = new CountDownLatch(1);
    Callable<Integer> round =
        () -> {
          go.await();
          return mailer.sendImmediate() + mailer.sendDigest();
        };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = nodes.submit(round);
      Future<Integer> b = nodes.submit(round);
      go.countDown();
      int sent = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
      assertThat(sent).as("six immediate mails and two digests, between both").isEqualTo(8);
    } finally {
      nodes.shutdownNow();
    }
    assertThat(to("parent.nguyen@example.org")).hasSize(6);
    assertThat(to("parent.martin@example.org")).as("one digest, not split").hasSize(1);
    assertThat(to("parent.bernard@example.org")).hasSize(1);
    assertThat(pending(nguyen) + pending(martin) + pending(bernard)).isZero();
  }
}
