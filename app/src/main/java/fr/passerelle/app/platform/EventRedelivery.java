package fr.passerelle.app.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Durable module events: every event a module listener ({@code @ApplicationModuleListener}) must
 * hear is written to the publication registry in the publishing transaction and removed once the
 * listener completed. A publication still there after {@code passerelle.events.redeliver-after}
 * (its node died between the commit and the listener, or the listener failed) is delivered again —
 * at start and then every minute, by one node of the cluster at a time. Listeners are written to
 * bear a second delivery.
 */
@Component
class EventRedelivery {

  private static final Logger LOG = LoggerFactory.getLogger(EventRedelivery.class);

  private final IncompleteEventPublications incomplete;
  private final ClusterOnce once;
  private final Duration after;

  EventRedelivery(
      IncompleteEventPublications incomplete,
      ClusterOnce once,
      @Value("${passerelle.events.redeliver-after:60s}") Duration after) {
    this.incomplete = incomplete;
    this.once = once;
    this.after = after;
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    redeliver();
  }

  @Scheduled(fixedDelayString = "${passerelle.events.redeliver-every:60000}", initialDelay = 60_000)
  void redeliver() {
    try {
      once.run("event-redelivery", () -> incomplete.resubmitIncompletePublicationsOlderThan(after));
    } catch (RuntimeException e) {
      LOG.warn("Incomplete module events could not be delivered again yet: {}", e.toString());
    }
  }
}
