package fr.passerelle.app.inventory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in demo account within one test (several people act on one ticket). */
final class SignedIn {

  private final UserDetailsService users;

  SignedIn(UserDetailsService users) {
    this.users = users;
  }

  void as(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  static void out() {
    SecurityContextHolder.clearContext();
  }
}
