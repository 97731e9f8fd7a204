package fr.passerelle.app.chat;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs service calls as one demo account after another in the same test. */
final class ChatCallers {

  private final UserDetailsService users;

  ChatCallers(UserDetailsService users) {
    this.users = users;
  }

  <T> T as(String username, Supplier<T> call) {
    UserDetails user = users.loadUserByUsername(username);
    var previous = SecurityContextHolder.getContext().getAuthentication();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return call.get();
    } finally {
      SecurityContextHolder.getContext().setAuthentication(previous);
    }
  }

  void run(String username, Runnable call) {
    as(
        username,
        () -> {
          call.run();
          return null;
        });
  }
}
