package fr.passerelle.app.audit;

import fr.passerelle.app.audit.internal.AuditEvent;
import fr.passerelle.app.audit.internal.AuditEventRepository;
import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.support.OffsetLimit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit log. Entries are written in their own transaction, so a refusal that rolls
 * back the caller's work is still recorded.
 */
@Service
public class AuditLog {

  private final AuditEventRepository events;
  private final Clock clock;

  AuditLog(AuditEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Writes one entry, whoever calls: a refusal, a failed login, a read of sensitive data. */
  @NoCallerCheck(
      "everyone's actions are recorded, anonymous ones too (failed logins); nothing is read back")
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(
      AuditKind kind,
      @Nullable String principal,
      @Nullable String address,
      @Nullable String target,
      @Nullable String detail) {
    events.save(
        new AuditEvent(
            clock.instant(),
            kind,
            cut(principal, 80),
            cut(address, 64),
            cut(target, 160),
            cut(detail, 500)));
  }

  /** How many events of a kind an account caused since an instant (login throttling). */
  @NoCallerCheck("login throttling counts before anyone is authenticated; only a number comes out")
  @Transactional(readOnly = true)
  public long countForPrincipalSince(AuditKind kind, String principal, Instant since) {
    return events.countByKindAndPrincipalAndOccurredAtAfter(kind, principal, since);
  }

  /** How many events of a kind came from an address since an instant (login throttling). */
  @NoCallerCheck("login throttling counts before anyone is authenticated; only a number comes out")
  @Transactional(readOnly = true)
  public long countForAddressSince(AuditKind kind, String address, Instant since) {
    return events.countByKindAndAddressAndOccurredAtAfter(kind, address, since);
  }

  /** The latest success of an account, if any, to restart the failure count after it. */
  @NoCallerCheck(
      "login throttling reads the last success before anyone is authenticated; only an instant"
          + " comes out")
  @Transactional(readOnly = true)
  public @Nullable Instant lastOf(AuditKind kind, String principal) {
    return events
        .findFirstByKindAndPrincipalOrderByOccurredAtDesc(kind, principal)
        .map(AuditEvent::getOccurredAt)
        .orElse(null);
  }

  /** A page of the log, newest first. Administrators only. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public List<AuditEntry> page(int offset, int limit) {
    return events
        .findAll(new OffsetLimit(offset, Math.max(1, limit), Sort.by(Sort.Direction.DESC, "id")))
        .map(AuditEvent::toEntry)
        .getContent();
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public long count() {
    return events.count();
  }

  private static @Nullable String cut(@Nullable String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
