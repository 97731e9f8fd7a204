package fr.passerelle.app.identity.internal;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A login's authentication as its account is now: the roles given or removed since the login count
 * at once, on every node, and a disabled or deleted account has none left. Used by the request
 * filter (routes) and by method security ({@code @PreAuthorize}).
 */
@Component
public class FreshAuthentication {

  private final AccountRepository accounts;

  FreshAuthentication(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** Whether this authentication is one of Passerelle's logins. */
  public static boolean isLogin(@Nullable Authentication authentication) {
    return authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof PasserelleUser;
  }

  /** The account id of one of Passerelle's logins. */
  public static long accountId(Authentication login) {
    return ((PasserelleUser) login.getPrincipal()).caller().id();
  }

  /**
   * The same authentication when nothing changed, a new one with the account's present roles when
   * they changed, or null when the account was disabled or deleted.
   */
  @Transactional(readOnly = true)
  public @Nullable Authentication refresh(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof PasserelleUser user)) {
      return authentication;
    }
    Account account = accounts.findById(user.caller().id()).orElse(null);
    if (account == null || !account.isEnabled()) {
      return null;
    }
    PasserelleUser now = new PasserelleUser(account);
    if (authorities(now.getAuthorities()).equals(authorities(authentication.getAuthorities()))
        && Objects.equals(now.caller(), user.caller())) {
      return authentication;
    }
    UsernamePasswordAuthenticationToken fresh =
        UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities());
    fresh.setDetails(authentication.getDetails());
    return fresh;
  }

  /**
   * For method security: the present authentication, or an authentication without any role when the
   * account was disabled (so that every role check refuses it, and the refusal is audited).
   */
  @Transactional(readOnly = true)
  public Authentication forMethodCall(Authentication authentication) {
    if (!isLogin(authentication)) {
      return authentication;
    }
    Authentication fresh = refresh(authentication);
    return fresh != null
        ? fresh
        : UsernamePasswordAuthenticationToken.authenticated(
            authentication.getPrincipal(), null, Set.of());
  }

  private static Set<String> authorities(
      java.util.Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }
}
