package fr.passerelle.app.townhall.internal;

import com.vaadin.flow.i18n.I18NProvider;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.outings.OutingAnnounced;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.SchoolTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the day of each outing the schools announce, for the classes that go: on that day, the
 * families of those classes may cancel the canteen meal (see {@code CanteenService}). Runs after
 * the outing's transaction commits, in its own, as a durable module event (ADR 0024: delivered
 * again if a node stops before it is done); an outing announced again (a new day) moves, and a
 * second delivery of the same announcement changes nothing. The parents of the children who eat at
 * the canteen that day are told ({@link FamilyNews}).
 */
@Component
class OutingDays {

  private final CanteenStore store;
  private final ApplicationEventPublisher events;
  private final SchoolTime time;
  private final I18NProvider texts;

  OutingDays(
      CanteenStore store, ApplicationEventPublisher events, SchoolTime time, I18NProvider texts) {
    this.store = store;
    this.events = events;
    this.time = time;
    this.texts = texts;
  }

  @ApplicationModuleListener
  void on(OutingAnnounced outing) {
    store.saveOuting(outing.outingId(), outing.classIds(), outing.day(), outing.title());
    // The families of the children who eat at the canteen that day hear that they may cancel.
    String day = time.formats(Languages.FRENCH).dayAndMonth(outing.day());
    for (long pupil : store.eatingOn(outing.classIds(), outing.day())) {
      events.publishEvent(
          new FamilyNews(
              pupil,
              Set.of(),
              "canteen",
              "townhall.news.outingSubject",
              List.of(outing.title(), day),
              texts.getTranslation(
                  "townhall.news.outingBody", Languages.FRENCH, outing.title(), day),
              "cantine",
              outing.announcedAt()));
    }
  }
}
