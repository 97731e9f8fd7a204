package fr.passerelle.app.profile;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import org.springframework.stereotype.Component;

/** Lets tests outside this package read a stored profile without a caller. Tests only. */
@Component
public class StoredProfiles {

  private final ProfileService profiles;

  StoredProfiles(ProfileService profiles) {
    this.profiles = profiles;
  }

  public AccessibilityProfile of(long accountId) {
    return profiles.of(accountId);
  }
}
