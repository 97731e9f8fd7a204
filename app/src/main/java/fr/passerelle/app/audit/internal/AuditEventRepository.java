package fr.passerelle.app.audit.internal;

import fr.passerelle.app.audit.AuditKind;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

  long countByKindAndPrincipalAndOccurredAtAfter(AuditKind kind, String principal, Instant since);

  long countByKindAndAddressAndOccurredAtAfter(AuditKind kind, String address, Instant since);

  Optional<AuditEvent> findFirstByKindAndPrincipalOrderByOccurredAtDesc(
      AuditKind kind, String principal);
}
