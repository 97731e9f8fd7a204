package fr.passerelle.app.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets logged live signals once no catch-up can need them, once per cluster. */
@Component
class LivePrune {

  private final LiveSignals live;
  private final ClusterOnce once;
  private final SchoolTime time;
  private final Duration keep;

  LivePrune(
      LiveSignals live,
      ClusterOnce once,
      SchoolTime time,
      @Value("${passerelle.live.keep-log:15m}") Duration keep) {
    this.live = live;
    this.once = once;
    this.time = time;
    this.keep = keep;
  }

  @Scheduled(fixedDelayString = "${passerelle.live.prune-every:300000}", initialDelay = 60_000)
  void prune() {
    once.run("live-prune", () -> live.prune(time.now().minus(keep)));
  }
}
