package fr.passerelle.accessibility.speech;

import java.util.Locale;

/**
 * What to say, in which language, how fast.
 *
 * @param text plain text, or an SSML document when {@code ssml}
 * @param language ISO 639-1 code ("fr", "en"); a region ("fr-BE") is dropped
 * @param rate speed in percent of the engine's normal rate, 50 to 200
 * @param ssml whether {@code text} is SSML
 */
public record SpeechRequest(String text, String language, int rate, boolean ssml) {

  /**
   * The longest text spoken at once, in characters: about 10 minutes of speech, a long lesson. A
   * longer text is refused ({@link SpeechError#TOO_LONG}): read it part by part.
   */
  public static final int MAX_CHARACTERS = 8000;

  public SpeechRequest {
    text = text == null ? "" : text;
    language =
        language == null || language.isBlank()
            ? "fr"
            : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    rate = Math.clamp(rate, 50, 200);
  }

  /** Plain text at the normal rate. */
  public static SpeechRequest of(String text, String language) {
    return new SpeechRequest(text, language, 100, false);
  }

  /** The same request at another rate. */
  public SpeechRequest withRate(int newRate) {
    return new SpeechRequest(text, language, newRate, ssml);
  }

  /**
   * Refuses what no engine should be given: an empty text, a text without a word, a text over
   * {@link #MAX_CHARACTERS}.
   */
  public SpeechRequest validated() {
    if (text.length() > MAX_CHARACTERS) {
      throw new SpeechException(
          SpeechError.TOO_LONG, text.length() + " characters, at most " + MAX_CHARACTERS);
    }
    String words = ssml ? text.replaceAll("<[^>]*>", " ") : text;
    if (Words.of(words).isEmpty()) {
      throw new SpeechException(SpeechError.EMPTY, "no word to say");
    }
    return this;
  }
}
