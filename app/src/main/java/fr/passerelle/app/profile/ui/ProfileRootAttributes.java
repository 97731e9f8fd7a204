package fr.passerelle.app.profile.ui;

import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.shell.RootAttributes;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The logged-in person's profile is in the page from its first byte. */
@Component
class ProfileRootAttributes implements RootAttributes {

  private final CurrentUser currentUser;
  private final ProfileService profiles;

  ProfileRootAttributes(CurrentUser currentUser, ProfileService profiles) {
    this.currentUser = currentUser;
    this.profiles = profiles;
  }

  @Override
  public Map<String, String> forCurrentRequest() {
    return currentUser.find().isPresent() ? ProfileAttributes.of(profiles.mine()) : Map.of();
  }
}
