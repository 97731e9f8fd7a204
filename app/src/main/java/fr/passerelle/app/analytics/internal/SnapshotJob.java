package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.platform.ClusterOnce;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the analytics snapshot on a schedule, once per cluster: the node that gets the job's
 * lock computes and saves it, unless another node saved one less than half a period ago; the others
 * serve the saved one.
 */
@Component
class SnapshotJob {

  private final AnalyticsStore store;
  private final ClusterOnce once;

  SnapshotJob(AnalyticsStore store, ClusterOnce once) {
    this.store = store;
    this.once = once;
  }

  @Scheduled(
      initialDelayString = "${passerelle.analytics.refresh-every:PT10M}",
      fixedDelayString = "${passerelle.analytics.refresh-every:PT10M}")
  void refresh() {
    once.run(
        "analytics-snapshot",
        () -> {
          if (!store.savedRecently()) {
            store.refresh();
          }
        });
  }
}
