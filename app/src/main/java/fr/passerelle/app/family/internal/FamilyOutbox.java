package fr.passerelle.app.family.internal;

import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.shell.Translations;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hears {@link FamilyNews} once the publisher's transaction committed, and stores one outbox row
 * per parent who should hear it: the parents named (still allowed to see the child) or every
 * guardian of the child through {@link People}, so a restricted parent gets nothing. Parents who
 * chose no e-mail or have no address get no row. Immediate rows are sent at once; a failure leaves
 * them pending for the mailer's next round.
 */
@Component
class FamilyOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(FamilyOutbox.class);

  private final People people;
  private final FamilySettings settings;
  private final FamilyStore store;
  private final FamilyMailer mailer;
  private final Translations translations;
  private final Clock clock;
  private final TransactionTemplate newTransaction;

  FamilyOutbox(
      People people,
      FamilySettings settings,
      FamilyStore store,
      FamilyMailer mailer,
      Translations translations,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.people = people;
    this.settings = settings;
    this.store = store;
    this.mailer = mailer;
    this.translations = translations;
    this.clock = clock;
    this.newTransaction = new TransactionTemplate(transactions);
    newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(FamilyNews news) {
    // After the publisher's commit its connection is still bound: the rows go in a transaction of
    // their own, or they would never be committed.
    Boolean immediate;
    try {
      immediate = newTransaction.execute(status -> store(news));
    } catch (RuntimeException e) {
      LOG.error(
          "Family news {} for pupil {} could not be stored for mailing: {}",
          news.kind(),
          news.pupilId(),
          e.toString());
      return;
    }
    if (Boolean.TRUE.equals(immediate)) {
      mailer.sendImmediate();
    }
  }

  private boolean store(FamilyNews news) {
    Set<Long> recipients =
        news.parentIds().isEmpty()
            ? people.guardiansOf(news.pupilId())
            : news.parentIds().stream()
                .filter(p -> people.isGuardian(p, news.pupilId()))
                .collect(Collectors.toSet());
    String subject =
        translations.getTranslation(
            news.subjectKey(), Translations.FRENCH, news.subjectArgs().toArray());
    boolean immediate = false;
    for (long parent : recipients) {
      NotificationSettings chosen = settings.of(parent);
      if (chosen.frequency() == Frequency.NONE || chosen.email() == null) {
        continue;
      }
      store.insertMail(
          parent,
          news.pupilId(),
          news.kind(),
          subject,
          news.body(),
          news.route(),
          news.at(),
          chosen.frequency(),
          clock.instant());
      immediate |= chosen.frequency() == Frequency.IMMEDIATE;
    }
    return immediate;
  }
}
