package fr.passerelle.app.townhall.internal;

import fr.passerelle.app.outings.OutingAnnounced;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the day of each outing the schools announce, for the classes that go: on that day, the
 * families of those classes may cancel the canteen meal (see {@code CanteenService}). Runs after
 * the outing's transaction commits, in its own (what Spring Modulith's
 * {@code @ApplicationModuleListener} does; its events API is not among the dependencies); an outing
 * announced again (a new day) moves.
 */
@Component
class OutingDays {

  private final CanteenStore store;

  OutingDays(CanteenStore store) {
    this.store = store;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(OutingAnnounced outing) {
    store.saveOuting(outing.outingId(), outing.classIds(), outing.day(), outing.title());
  }
}
