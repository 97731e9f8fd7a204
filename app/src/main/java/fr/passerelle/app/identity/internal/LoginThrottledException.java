package fr.passerelle.app.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts: the login is refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {

  public LoginThrottledException() {
    super("Too many failed login attempts");
  }
}
