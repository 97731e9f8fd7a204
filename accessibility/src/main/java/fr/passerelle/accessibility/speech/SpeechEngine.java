package fr.passerelle.accessibility.speech;

import java.util.List;
import java.util.Set;

/**
 * A speech synthesiser: text (or SSML) in; a WAV, its duration and the time each word starts out.
 *
 * <p>Implementations may be slow, may not be re-entrant and may hang in native code: callers go
 * through {@link Speaker}, which bounds and times out every call.
 */
public interface SpeechEngine {

  /** A short stable name, part of the cache key ("espeak-ng", "freetts"). */
  String name();

  /** The engine's version, part of the cache key: a new version synthesises again. */
  String version();

  /** The voices this engine speaks, best first for each language. */
  List<VoiceInfo> voices();

  /** The languages it speaks, as ISO 639-1 codes ("fr", "en"). */
  default Set<String> languages() {
    return voices().stream()
        .map(VoiceInfo::language)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Whether it speaks this language (ISO 639-1 code). */
  default boolean speaks(String language) {
    return languages().contains(language);
  }

  /** The voice it uses for a language. */
  default VoiceInfo voiceFor(String language) {
    return voices().stream()
        .filter(v -> v.language().equals(language))
        .findFirst()
        .orElseThrow(() -> new SpeechException(SpeechError.UNSUPPORTED_LANGUAGE, language));
  }

  /**
   * Synthesises a request. Plain text gets one {@link WordTiming} per word of {@link
   * Words#of(String)}; SSML gets the engine's own word boundaries, when it has any.
   *
   * @throws SpeechException when the engine cannot speak it
   */
  Speech synthesize(SpeechRequest request);
}
