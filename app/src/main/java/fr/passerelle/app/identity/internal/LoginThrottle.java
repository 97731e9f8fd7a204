package fr.passerelle.app.identity.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.LoginThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses further login attempts after too many failures for one account or from one address.
 * Counts come from the audit log in the database, so every application node sees the same state.
 */
@Component
class LoginThrottle {

  private final AuditLog audit;
  private final Clock clock;
  private final int maxPerAccount;
  private final int maxPerAddress;
  private final Duration window;

  LoginThrottle(
      AuditLog audit,
      Clock clock,
      @Value("${passerelle.login.max-failures-per-account:5}") int maxPerAccount,
      @Value("${passerelle.login.max-failures-per-address:30}") int maxPerAddress,
      @Value("${passerelle.login.window:15m}") Duration window) {
    this.audit = audit;
    this.clock = clock;
    this.maxPerAccount = maxPerAccount;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
  }

  /** Why the next attempt for this account from this address must be refused unchecked, if so. */
  @Nullable LoginThrottledException blocks(String username, @Nullable String address) {
    Instant windowStart = clock.instant().minus(window);
    Instant lastSuccess = audit.lastOf(AuditKind.LOGIN_SUCCESS, username);
    Instant since =
        lastSuccess != null && lastSuccess.isAfter(windowStart) ? lastSuccess : windowStart;
    if (audit.countForPrincipalSince(AuditKind.LOGIN_FAILURE, username, since) >= maxPerAccount) {
      return new LoginThrottledException(false);
    }
    if (address != null
        && audit.countForAddressSince(AuditKind.LOGIN_FAILURE, address, windowStart)
            >= maxPerAddress) {
      return new LoginThrottledException(true);
    }
    return null;
  }

  Duration window() {
    return window;
  }
}
