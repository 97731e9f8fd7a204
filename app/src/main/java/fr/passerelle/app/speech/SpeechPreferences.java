package fr.passerelle.app.speech;

/**
 * The signed-in person's voice and rate. The profile module provides it (from {@code
 * ProfileService.mine()}); without it everyone hears French at the normal rate.
 */
public interface SpeechPreferences {

  /** The caller's preference. */
  Preference mine();

  /**
   * @param language ISO 639-1 code of the voice ("fr", "en")
   * @param rate percent of the normal rate, 50 to 200
   * @param speakOnFocus whether controls are read aloud when they get focus
   */
  record Preference(String language, int rate, boolean speakOnFocus) {
    public static final Preference DEFAULT = new Preference("fr", 100, false);
  }
}
