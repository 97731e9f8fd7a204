package fr.passerelle.app.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;

  AccountUserDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsernameIgnoreCase(username.strip())
        .map(PasserelleUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
  }
}
