package fr.passerelle.app.identity.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in principal: Spring's user plus what Passerelle's scope is built from. */
public class PasserelleUser extends User {

  private final Caller caller;

  PasserelleUser(Account account) {
    super(
        account.getUsername(),
        account.getPasswordHash(),
        account.isEnabled(),
        true,
        true,
        true,
        account.getRoles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList());
    this.caller = callerOf(account);
  }

  /** The caller as the account is now. */
  public static Caller callerOf(Account account) {
    return new Caller(
        account.getId(),
        account.getUsername(),
        account.getFirstName(),
        account.getLastName(),
        account.getRoles(),
        account.getSchoolId(),
        account.getCommuneId());
  }

  public Caller caller() {
    return caller;
  }
}
