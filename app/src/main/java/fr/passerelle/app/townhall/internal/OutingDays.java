package fr.passerelle.app.townhall.internal;

import com.vaadin.flow.i18n.I18NProvider;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.outings.OutingAnnounced;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the day of each outing the schools announce, for the classes that go: on that day, the
 * families of those classes may cancel the canteen meal (see {@code CanteenService}). Runs after
 * the outing's transaction commits, in its own (what Spring Modulith's
 * {@code @ApplicationModuleListener} does; its events API is not among the dependencies); an outing
 * announced again (a new day) moves. The parents of the children who eat at the canteen that day
 * are told ({@link FamilyNews}).
 */
@Component
class OutingDays {

  private final CanteenStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final I18NProvider texts;

  OutingDays(
      CanteenStore store, ApplicationEventPublisher events, Clock clock, I18NProvider texts) {
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.texts = texts;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(OutingAnnounced outing) {
    store.saveOuting(outing.outingId(), outing.classIds(), outing.day(), outing.title());
    // The families of the children who eat at the canteen that day hear that they may cancel.
    String day = outing.day().format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH));
    for (long pupil : store.eatingOn(outing.classIds(), outing.day())) {
      events.publishEvent(
          new FamilyNews(
              pupil,
              Set.of(),
              "canteen",
              "townhall.news.outingSubject",
              List.of(outing.title(), day),
              texts.getTranslation("townhall.news.outingBody", Locale.FRENCH, outing.title(), day),
              "cantine",
              clock.instant()));
    }
  }
}
