package fr.passerelle.app.speech;

import java.util.List;

/**
 * A text ready to play: where its audio is and when each word starts.
 *
 * @param key the cache key; the audio is at {@code /speech/audio/<key>}
 * @param language the language it is spoken in
 * @param engine the engine and version that spoke it
 * @param durationMs the audio's length
 * @param words the words, as {@code Words.of} cuts the text
 * @param startsMs when each word starts, one per word, increasing
 */
public record SpokenText(
    String key,
    String language,
    String engine,
    long durationMs,
    List<String> words,
    List<Long> startsMs) {

  public SpokenText {
    words = List.copyOf(words);
    startsMs = List.copyOf(startsMs);
  }

  /** Where the page gets the audio. */
  public String audioUrl() {
    return "speech/audio/" + key;
  }
}
