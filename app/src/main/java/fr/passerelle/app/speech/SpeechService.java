package fr.passerelle.app.speech;

import fr.passerelle.accessibility.speech.Speaker;
import fr.passerelle.accessibility.speech.Speech;
import fr.passerelle.accessibility.speech.SpeechEngine;
import fr.passerelle.accessibility.speech.SpeechRequest;
import fr.passerelle.accessibility.speech.WordTiming;
import fr.passerelle.accessibility.speech.Words;
import fr.passerelle.app.speech.internal.SpeechStore;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Speaks texts for the signed-in person, in their voice and at their rate, through the cache: a
 * text already said in that voice at that rate is not synthesised again, on any node. Refusals are
 * {@code SpeechException}s whose {@code SpeechError} the page translates.
 */
@Service
@Transactional
public class SpeechService {

  /** The longest accessible name spoken on focus. */
  public static final int MAX_NAME_CHARACTERS = 300;

  private final Speaker speaker;
  private final SpeechStore cache;
  private final ObjectProvider<SpeechPreferences> preferences;
  private final long maxBytes;

  SpeechService(
      Speaker speaker,
      SpeechStore cache,
      ObjectProvider<SpeechPreferences> preferences,
      @Value("${passerelle.speech.cache.max-bytes:268435456}") long maxBytes) {
    this.speaker = speaker;
    this.cache = cache;
    this.preferences = preferences;
    this.maxBytes = maxBytes;
  }

  /** The caller's voice, rate and speak-on-focus setting. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public SpeechPreferences.Preference myPreference() {
    SpeechPreferences p = preferences.getIfAvailable();
    return p == null ? SpeechPreferences.Preference.DEFAULT : p.mine();
  }

  /** Speaks a text in the caller's voice and at their rate. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SpokenText prepare(String text) {
    SpeechPreferences.Preference mine = myPreference();
    return speak(text, mine.language(), mine.rate());
  }

  /** Speaks a text written in a given language (the caller's voice is for their own language). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SpokenText prepare(String text, String language) {
    return speak(text, language, myPreference().rate());
  }

  /** A control's accessible name, for speak-on-focus: short texts only. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SpokenText prepareName(String name) {
    String shortened =
        name.length() > MAX_NAME_CHARACTERS ? name.substring(0, MAX_NAME_CHARACTERS) : name;
    return prepare(shortened);
  }

  /** A cached WAV, by the key a {@link SpokenText} gave. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Optional<byte[]> audio(String key) {
    return key.matches("[0-9a-f]{64}") ? cache.audio(key) : Optional.empty();
  }

  /** Engines, voices and the cache, for the administrator. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public SpeechHealth health() {
    List<SpeechHealth.Engine> engines =
        speaker.states().stream()
            .map(
                s ->
                    new SpeechHealth.Engine(
                        s.name(),
                        s.version(),
                        s.voices().stream().map(v -> v.language()).distinct().sorted().toList(),
                        s.voices().stream()
                            .map(v -> v.language() + " – " + v.description())
                            .toList(),
                        s.isolated(),
                        s.isolatedUntil(),
                        s.lastProblem()))
            .toList();
    return new SpeechHealth(engines, cache.count(), cache.bytes(), maxBytes);
  }

  /**
   * Says a text (from the cache when it is there). For this module: callers above check the caller;
   * the pre-synthesis of published texts runs without one.
   */
  SpokenText speak(String text, String language, int rate) {
    SpeechRequest request = new SpeechRequest(Words.normalise(text), language, rate, false);
    request.validated();
    String key = keyFor(request);
    Optional<SpeechStore.Entry> hit = cache.find(key);
    if (hit.isPresent()) {
      return toSpoken(hit.get());
    }
    Speech speech = speaker.speak(request);
    String actualKey =
        SpeechStore.key(
            speech.engine(), speech.version(), speech.voice(), request.rate(), request.text());
    SpeechStore.Entry entry =
        new SpeechStore.Entry(
            actualKey,
            speech.engine(),
            speech.version(),
            speech.voice(),
            request.language(),
            request.rate(),
            request.text(),
            speech.durationMs(),
            speech.words().stream().map(WordTiming::startMs).toList());
    cache.put(entry, speech.wav());
    cache.evict(maxBytes);
    return toSpoken(entry);
  }

  /** The key a text would have now (the engine that would speak it, its voice, the rate). */
  String keyFor(SpeechRequest request) {
    SpeechEngine engine = speaker.engineFor(request.language());
    return SpeechStore.key(
        engine.name(),
        engine.version(),
        engine.voiceFor(request.language()).id(),
        request.rate(),
        request.text());
  }

  private static SpokenText toSpoken(SpeechStore.Entry e) {
    return new SpokenText(
        e.key(),
        e.language(),
        e.engine() + " " + e.version(),
        e.durationMs(),
        Words.of(e.text()).stream().map(Words.Word::text).toList(),
        e.startsMs());
  }
}
