package fr.passerelle.app.chat;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.chat.internal.ChatSettings;
import fr.passerelle.app.chat.internal.ChatStore;
import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages are kept for {@code passerelle.chat.retention} (a year by default), then deleted with
 * their files and reports, every night at 3:15. Each purge that removed something is audited.
 */
@Service
@Transactional
public class ChatRetention {

  private final ChatStore store;
  private final ChatSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  ChatRetention(ChatStore store, ChatSettings settings, AuditLog audit, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  @Scheduled(cron = "${passerelle.chat.purge-cron:0 15 3 * * *}")
  public int purge() {
    return purgeBefore(clock.instant().minus(settings.retention()));
  }

  /** Deletes what was sent before an instant; returns how many messages. */
  int purgeBefore(Instant cutoff) {
    int purged = store.purgeBefore(cutoff);
    if (purged > 0) {
      audit.record(
          AuditKind.CHAT_PURGED, null, null, "chat", purged + " messages before " + cutoff);
    }
    return purged;
  }
}
