package fr.passerelle.app.audit.internal;

import fr.passerelle.app.audit.AuditEntry;
import fr.passerelle.app.audit.AuditKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditKind kind;

  private @Nullable String principal;
  private @Nullable String address;
  private @Nullable String target;
  private @Nullable String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      AuditKind kind,
      @Nullable String principal,
      @Nullable String address,
      @Nullable String target,
      @Nullable String detail) {
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.principal = principal;
    this.address = address;
    this.target = target;
    this.detail = detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public AuditEntry toEntry() {
    return new AuditEntry(id, occurredAt, kind, principal, address, target, detail);
  }
}
