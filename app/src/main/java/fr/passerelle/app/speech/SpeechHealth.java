package fr.passerelle.app.speech;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The speech engines and the cache, for the administrator.
 *
 * @param engines each engine found at start
 * @param cacheEntries texts in the cache
 * @param cacheBytes their audio, in bytes
 * @param cacheMaxBytes the bound, in bytes
 */
public record SpeechHealth(
    List<Engine> engines, long cacheEntries, long cacheBytes, long cacheMaxBytes) {

  /** Whether French can be spoken now. */
  public boolean frenchAvailable() {
    return engines.stream().anyMatch(e -> !e.isolated() && e.languages().contains("fr"));
  }

  /**
   * @param name engine name
   * @param version engine version
   * @param languages languages it speaks
   * @param voices its voices, described
   * @param isolated whether it is left aside after a failure or a timeout
   * @param isolatedUntil until when
   * @param lastProblem its last failure, or empty
   */
  public record Engine(
      String name,
      String version,
      List<String> languages,
      List<String> voices,
      boolean isolated,
      @Nullable Instant isolatedUntil,
      String lastProblem) {}
}
