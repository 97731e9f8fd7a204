package fr.passerelle.app.identity.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.LoginThrottledException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login with throttling and auditing: refuses early when throttled, then lets the delegate
 * check the password, and writes every outcome to the audit log.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider delegate;
  private final LoginThrottle throttle;
  private final AuditLog audit;

  ThrottlingAuthenticationProvider(
      AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
    this.delegate = delegate;
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName().strip().toLowerCase(Locale.ROOT);
    String address = addressOf(authentication);
    LoginThrottledException throttled = throttle.blocks(username, address);
    if (throttled != null) {
      audit.record(
          AuditKind.LOGIN_THROTTLED,
          username,
          address,
          null,
          throttled.fromAddress() ? "address" : "account");
      throw throttled;
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      audit.record(AuditKind.LOGIN_SUCCESS, username, address, null, null);
      return result;
    } catch (AuthenticationException e) {
      audit.record(AuditKind.LOGIN_FAILURE, username, address, null, e.getClass().getSimpleName());
      if (throttle.blocks(username, address) != null) {
        audit.record(
            AuditKind.LOCKOUT,
            username,
            address,
            null,
            "for " + throttle.window().toMinutes() + " min");
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static @Nullable String addressOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
