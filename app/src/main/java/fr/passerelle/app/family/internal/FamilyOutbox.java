package fr.passerelle.app.family.internal;

import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.Translations;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears {@link FamilyNews} once the publisher's transaction committed (a durable module event), and
 * stores one outbox row per parent who should hear it: the parents named (still allowed to see the
 * child) or every guardian of the child through {@link People}, so a restricted parent gets
 * nothing. Parents who chose no e-mail or have no address get no row. Immediate rows are sent at
 * once; a failure leaves them pending for the mailer's next round.
 */
@Component
class FamilyOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(FamilyOutbox.class);

  private final People people;
  private final FamilySettings settings;
  private final FamilyStore store;
  private final FamilyMailer mailer;
  private final Translations translations;
  private final SchoolTime time;

  FamilyOutbox(
      People people,
      FamilySettings settings,
      FamilyStore store,
      FamilyMailer mailer,
      Translations translations,
      SchoolTime time) {
    this.people = people;
    this.settings = settings;
    this.store = store;
    this.mailer = mailer;
    this.translations = translations;
    this.time = time;
  }

  /**
   * A durable module event (ADR 0024): the rows are written in the listener's own transaction once
   * the publisher's committed; if the node stops first, the news is delivered again, and a second
   * delivery adds no row. Immediate rows are sent after this transaction commits, on this
   * listener's thread, never the request's.
   */
  @ApplicationModuleListener
  void on(FamilyNews news) {
    if (store(news)) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              mailer.sendImmediate();
            }
          });
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
            news.subjectKey(), Languages.FRENCH, news.subjectArgs().toArray());
    boolean immediate = false;
    for (long parent : recipients) {
      NotificationSettings chosen = settings.of(parent);
      if (chosen.frequency() == Frequency.NONE
          || chosen.email() == null
          || store.hasMail(parent, news.pupilId(), news.kind(), subject, news.at())) {
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
          time.now());
      immediate |= chosen.frequency() == Frequency.IMMEDIATE;
    }
    return immediate;
  }
}
