package fr.passerelle.app.identity.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

@Component
class LogoutAudit {

  private final AuditLog audit;

  LogoutAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void on(LogoutSuccessEvent event) {
    audit.record(AuditKind.LOGOUT, event.getAuthentication().getName(), null, null, null);
  }
}
