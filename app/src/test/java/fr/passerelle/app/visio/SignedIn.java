package fr.passerelle.app.visio;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in demo account within one test, as several people take turns. */
final class SignedIn {

  private final UserDetailsService users;

  SignedIn(UserDetailsService users) {
    this.users = users;
  }

  void as(String username) {
    UserDetails user = users.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }

  void nobody() {
    SecurityContextHolder.clearContext();
  }
}
