package fr.passerelle.app.identity.internal;

import fr.passerelle.app.platform.NoCallerCheck;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts Spring Security's password login checks against. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @NoCallerCheck("the login looks the account up before anyone is authenticated")
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsernameIgnoreCase(username.strip())
        .map(PasserelleUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
  }
}
