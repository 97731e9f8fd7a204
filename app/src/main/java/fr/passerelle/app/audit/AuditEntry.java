package fr.passerelle.app.audit;

import java.time.Instant;

/** One line of the audit log, as shown to administrators. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    AuditKind kind,
    String principal,
    String address,
    String target,
    String detail) {}
