package fr.passerelle.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.DroppedTasks;
import fr.passerelle.app.ModuleEvents;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.family.FamilyNewsHeard;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.NoticeDraft;
import fr.passerelle.app.outings.OutingAnnounced;
import fr.passerelle.app.speech.TextPublished;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A module event committed is delivered, even when the node loses it between the commit and the
 * listener: here the application's executors drop the listeners' work, as a node that stops at that
 * moment would, and the platform's redelivery completes it later. Nothing is lost: the family mails
 * of a liaison notice, the canteen's outing day, the pre-synthesis of a published text.
 */
@PasserelleTest
class DurableEventsTest {

  @Autowired DroppedTasks tasks;
  @Autowired EventRedelivery redelivery;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired LiaisonService liaison;
  @Autowired UserDetailsService users;
  @Autowired JdbcClient jdbc;
  @Autowired FamilyNewsHeard heard;

  @AfterEach
  void runTasksAgain() {
    tasks.stopDropping();
  }

  @Test
  void publicationsLostBetweenCommitAndListenerAreCompletedByTheRedelivery() {
    DemoAccounts demo = new DemoAccounts(jdbc);
    long ce1 = demo.schoolClass("0420101A", "CE1");
    long ferry =
        jdbc.sql("select id from school where uai = '0420101A'").query(Long.class).single();
    String title = "Réunion " + UUID.randomUUID().toString().substring(0, 8);
    String text = "Un texte publié " + UUID.randomUUID();
    long outingId = 900_000 + (System.nanoTime() % 90_000);
    long mailsBefore = count("select count(*) from family_mail");

    tasks.startDropping();
    RunAs.as(
        users,
        "enseignante.ferry",
        () -> liaison.post(new NoticeDraft(ce1, Set.of(), title, "Le texte de " + title, false)));
    transactions.executeWithoutResult(
        t -> {
          events.publishEvent(
              new OutingAnnounced(
                  outingId,
                  ferry,
                  Set.of(ce1),
                  LocalDate.now().plusDays(20),
                  title,
                  java.time.Instant.now()));
          events.publishEvent(new TextPublished(text, "fr"));
        });
    assertThat(tasks.stopDropping()).as("listeners' tasks lost").isGreaterThanOrEqualTo(3);

    // Committed, not delivered: the registry still holds them, and nothing was done.
    assertThat(ModuleEvents.incomplete(jdbc, "FamilyOutbox")).isPositive();
    assertThat(ModuleEvents.incomplete(jdbc, "OutingDays")).isPositive();
    assertThat(ModuleEvents.incomplete(jdbc, "PreSynthesis")).isPositive();
    assertThat(count("select count(*) from family_mail")).isEqualTo(mailsBefore);
    assertThat(outingRows(outingId)).isZero();
    assertThat(spoken(text)).isZero();

    // The redelivery takes what is older than its delay: a minute has passed.
    jdbc.sql(
            "update event_publication set publication_date = publication_date - interval '2'"
                + " minute where completion_date is null")
        .update();
    redelivery.redeliver();

    ModuleEvents.awaitCompleted(jdbc, "FamilyOutbox");
    ModuleEvents.awaitCompleted(jdbc, "OutingDays");
    ModuleEvents.awaitCompleted(jdbc, "PreSynthesis");
    assertThat(count("select count(*) from family_mail")).isGreaterThan(mailsBefore);
    assertThat(outingRows(outingId)).isOne();
    assertThat(spoken(text)).isOne();

    // A second delivery of the same news adds nothing (the listeners bear it).
    long mails = count("select count(*) from family_mail");
    FamilyNews again = heard.ofKind("liaison").getLast();
    transactions.executeWithoutResult(t -> events.publishEvent(again));
    ModuleEvents.awaitCompleted(jdbc, "FamilyOutbox");
    assertThat(count("select count(*) from family_mail")).isEqualTo(mails);
  }

  private long outingRows(long outingId) {
    return jdbc.sql("select count(*) from canteen_outing where outing_id = ?")
        .param(outingId)
        .query(Long.class)
        .single();
  }

  private long spoken(String text) {
    return jdbc.sql("select count(*) from speech_cache where spoken_text like ?")
        .param("%" + text.substring(text.length() - 12) + "%")
        .query(Long.class)
        .single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
