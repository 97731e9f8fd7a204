package fr.passerelle.app.chat.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.platform.ClusterOnce;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Messages are kept for {@code passerelle.chat.retention} (a year by default), then deleted with
 * their files and reports, every night at 3:15, by one node of the cluster ({@link ClusterOnce}:
 * the others skip the night's run). Each purge that removed something is audited.
 */
@Component
public class ChatRetention {

  static final String JOB = "chat-retention";

  private final ChatStore store;
  private final ChatSettings settings;
  private final AuditLog audit;
  private final ClusterOnce once;
  private final SchoolTime time;

  ChatRetention(
      ChatStore store, ChatSettings settings, AuditLog audit, ClusterOnce once, SchoolTime time) {
    this.store = store;
    this.settings = settings;
    this.audit = audit;
    this.once = once;
    this.time = time;
  }

  @Scheduled(cron = "${passerelle.chat.purge-cron:0 15 3 * * *}")
  void nightly() {
    purge();
  }

  /**
   * Purges now what is past the retention period, in a transaction of its own, unless another node
   * is purging at this moment.
   *
   * @return how many messages were deleted (0 when another node ran it)
   */
  public int purge() {
    Integer purged = once.call(JOB, () -> purgeBefore(time.now().minus(settings.retention())));
    return purged == null ? 0 : purged;
  }

  /** Deletes what was sent before an instant; returns how many messages. */
  private int purgeBefore(Instant cutoff) {
    int purged = store.purgeBefore(cutoff);
    if (purged > 0) {
      audit.record(
          AuditKind.CHAT_PURGED, null, null, "chat", purged + " messages before " + cutoff);
    }
    return purged;
  }
}
