package fr.passerelle.app.identity.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

/**
 * A logged-in person refused by a role check ({@code @PreAuthorize}) is written to the audit log,
 * like scope refusals. Anonymous requests sent to the login page are not: they are not attempts.
 */
@Configuration
class AuthorizationAudit {

  private final AuditLog audit;

  AuthorizationAudit(AuditLog audit) {
    this.audit = audit;
  }

  /** Static: method security asks for it early, before the audit log exists. */
  @Bean
  static AuthorizationEventPublisher authorizationEventPublisher(
      ApplicationEventPublisher publisher) {
    return new SpringAuthorizationEventPublisher(publisher);
  }

  @EventListener
  void on(AuthorizationDeniedEvent<?> event) {
    Authentication who = event.getAuthentication().get();
    if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
      return;
    }
    if (event.getSource() instanceof MethodInvocation call) {
      audit.record(
          AuditKind.ACCESS_DENIED,
          who.getName(),
          null,
          call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName(),
          "role not allowed");
    }
  }
}
