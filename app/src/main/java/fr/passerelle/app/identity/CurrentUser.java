package fr.passerelle.app.identity;

import fr.passerelle.app.identity.internal.Account;
import fr.passerelle.app.identity.internal.AccountRepository;
import fr.passerelle.app.identity.internal.FreshAuthentication;
import fr.passerelle.app.identity.internal.PasserelleUser;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling, as their account is now: a role removed, a school changed or an account disabled
 * takes effect at the next call, not at the next login. Services ask here, never the UI.
 */
@Component
public class CurrentUser {

  private final AccountRepository accounts;

  CurrentUser(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** The caller as their account is now; empty when nobody is logged in or it was disabled. */
  @Transactional(readOnly = true)
  public Optional<Caller> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user) {
      return accounts
          .findById(user.caller().id())
          .filter(Account::isEnabled)
          .map(PasserelleUser::callerOf);
    }
    return Optional.empty();
  }

  /** The account a login is for; -1 when it is not one of Passerelle's logins. */
  public static long accountOf(@Nullable Authentication authentication) {
    return FreshAuthentication.isLogin(authentication)
        ? FreshAuthentication.accountId(authentication)
        : -1;
  }

  /** The caller; refuses when nobody is logged in. */
  public Caller require() {
    return find().orElseThrow(() -> new AccessDeniedException("Not authenticated"));
  }
}
