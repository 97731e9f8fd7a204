package fr.passerelle.app.identity;

import fr.passerelle.app.identity.internal.PasserelleUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling. Services ask here, never the UI. */
@Component
public class CurrentUser {

  public Optional<Caller> find() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PasserelleUser user) {
      return Optional.of(user.caller());
    }
    return Optional.empty();
  }

  /** The caller; refuses when nobody is logged in. */
  public Caller require() {
    return find().orElseThrow(() -> new AccessDeniedException("Not authenticated"));
  }
}
