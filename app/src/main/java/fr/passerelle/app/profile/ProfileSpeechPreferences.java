package fr.passerelle.app.profile;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.speech.SpeechPreferences;
import org.springframework.stereotype.Component;

/** The speech module's view of the caller's profile: voice, rate and speak-on-focus. */
@Component
class ProfileSpeechPreferences implements SpeechPreferences {

  private final ProfileService profiles;

  ProfileSpeechPreferences(ProfileService profiles) {
    this.profiles = profiles;
  }

  @Override
  public Preference mine() {
    AccessibilityProfile p = profiles.mine();
    return new Preference(p.voice(), p.speechRate(), p.speakOnFocus());
  }
}
