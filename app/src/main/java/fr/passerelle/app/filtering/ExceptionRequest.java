package fr.passerelle.app.filtering;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A teacher's request to unblock a site for their class, and what was decided. */
public record ExceptionRequest(
    long id,
    long classId,
    long schoolId,
    String domain,
    String reason,
    String requestedBy,
    Instant requestedAt,
    Status status,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt,
    @Nullable Instant expiresAt,
    @Nullable String note) {

  public enum Status {
    REQUESTED,
    APPROVED,
    REFUSED,
    REVOKED
  }
}
