package fr.passerelle.app.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts: the login is refused without checking the password. Part of the
 * module's API so that the login page can say whether the account or the address is blocked.
 */
public class LoginThrottledException extends AuthenticationException {

  private final boolean fromAddress;

  /**
   * @param fromAddress true when the address, not the account, made too many failed attempts
   */
  public LoginThrottledException(boolean fromAddress) {
    super("Too many failed login attempts" + (fromAddress ? " from this address" : ""));
    this.fromAddress = fromAddress;
  }

  public boolean fromAddress() {
    return fromAddress;
  }
}
