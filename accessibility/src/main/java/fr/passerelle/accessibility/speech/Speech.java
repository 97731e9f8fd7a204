package fr.passerelle.accessibility.speech;

import java.util.List;

/**
 * Synthesised speech: a 16-bit mono PCM WAV and when each word starts.
 *
 * @param wav the whole WAV file
 * @param durationMs the audio's duration
 * @param words one timing per word, in order, strictly increasing
 * @param engine the engine's name
 * @param version the engine's version
 * @param voice the voice used
 */
public record Speech(
    byte[] wav,
    long durationMs,
    List<WordTiming> words,
    String engine,
    String version,
    String voice) {

  public Speech {
    words = List.copyOf(words);
  }
}
