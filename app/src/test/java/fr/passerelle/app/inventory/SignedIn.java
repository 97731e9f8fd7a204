package fr.passerelle.app.inventory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in demo account within one test (several people act on one ticket). */
public final class SignedIn {

  private final UserDetailsService users;

  public SignedIn(UserDetailsService users) {
    this.users = users;
  }

  public void as(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  public static void out() {
    SecurityContextHolder.clearContext();
  }
}
