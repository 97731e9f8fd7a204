package fr.passerelle.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The guard around the engines: limits, unknown languages, and engines that hang or crash. */
class SpeakerTest {

  private static final Speaker REAL = new Speaker(Speaker.discover());

  @AfterAll
  static void close() {
    REAL.close();
  }

  /** An engine that never answers, like a native call stuck for good. */
  static final class HangingEngine implements SpeechEngine {
    final CountDownLatch never = new CountDownLatch(1);

    @Override
    public String name() {
      return "hanging";
    }

    @Override
    public String version() {
      return "0";
    }

    @Override
    public List<VoiceInfo> voices() {
      return List.of(new VoiceInfo("fr", "fr", "never answers"));
    }

    @Override
    public Speech synthesize(SpeechRequest request) {
      // Ignores interruption, as native code would.
      while (true) {
        try {
          never.await();
          throw new IllegalStateException();
        } catch (InterruptedException ignored) {
          // keeps hanging
        }
      }
    }
  }

  /** An engine that crashes. */
  static final class CrashingEngine implements SpeechEngine {
    @Override
    public String name() {
      return "crashing";
    }

    @Override
    public String version() {
      return "0";
    }

    @Override
    public List<VoiceInfo> voices() {
      return List.of(new VoiceInfo("fr", "fr", "crashes"));
    }

    @Override
    public Speech synthesize(SpeechRequest request) {
      throw new IllegalStateException("segmentation fault, as it were");
    }
  }

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(() -> REAL.speak(SpeechRequest.of("   ", "fr")))
        .isInstanceOf(SpeechException.class)
        .extracting(e -> ((SpeechException) e).error())
        .isEqualTo(SpeechError.EMPTY);
    assertThatThrownBy(() -> REAL.speak(SpeechRequest.of(" … ! ", "fr")))
        .extracting(e -> ((SpeechException) e).error())
        .isEqualTo(SpeechError.EMPTY);
  }

  @Test
  void textOverTheLimitIsRefused() {
    String huge = "mot ".repeat(SpeechRequest.MAX_CHARACTERS / 4 + 1);
    assertThatThrownBy(() -> REAL.speak(SpeechRequest.of(huge, "fr")))
        .extracting(e -> ((SpeechException) e).error())
        .isEqualTo(SpeechError.TOO_LONG);
  }

  @Test
  void unknownLanguageIsRefused() {
    assertThatThrownBy(() -> REAL.speak(SpeechRequest.of("Hallo Welt", "xx")))
        .extracting(e -> ((SpeechException) e).error())
        .isEqualTo(SpeechError.UNSUPPORTED_LANGUAGE);
  }

  @Test
  void aRegionIsDropped() {
    Speech speech = REAL.speak(SpeechRequest.of("Bonjour les enfants", "fr-BE"));
    assertThat(speech.engine()).isEqualTo("espeak-ng");
    assertThat(speech.words())
        .extracting(WordTiming::word)
        .containsExactly("Bonjour", "les", "enfants");
  }

  @Test
  void aHangingEngineIsTimedOutIsolatedAndAnotherAnswers() {
    HangingEngine hanging = new HangingEngine();
    List<SpeechEngine> engines = new java.util.ArrayList<>();
    engines.add(hanging);
    engines.addAll(Speaker.discover());
    try (Speaker speaker =
        new Speaker(engines, Duration.ofMillis(300), Duration.ofMinutes(1), Clock.systemUTC())) {
      assertThat(speaker.engineFor("fr").name()).isEqualTo("hanging");
      long start = System.nanoTime();
      assertThatThrownBy(() -> speaker.speak(SpeechRequest.of("Bonjour", "fr")))
          .extracting(e -> ((SpeechException) e).error())
          .isEqualTo(SpeechError.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      assertThat(speaker.states().getFirst().isolated()).isTrue();
      assertThat(speaker.states().getFirst().lastProblem()).contains("300 ms");
      // The next request goes to espeak-ng and is spoken.
      Speech speech = speaker.speak(SpeechRequest.of("Bonjour les enfants", "fr"));
      assertThat(speech.engine()).isEqualTo("espeak-ng");
      assertThat(speech.words()).hasSize(3);
    } finally {
      hanging.never.countDown();
    }
  }

  @Test
  void aCrashingEngineIsIsolatedAndReported() {
    try (Speaker speaker =
        new Speaker(
            List.of(new CrashingEngine()),
            Duration.ofSeconds(5),
            Duration.ofMinutes(1),
            Clock.systemUTC())) {
      assertThatThrownBy(() -> speaker.speak(SpeechRequest.of("Bonjour", "fr")))
          .extracting(e -> ((SpeechException) e).error())
          .isEqualTo(SpeechError.ENGINE_FAILED);
      assertThat(speaker.states().getFirst().lastProblem()).contains("segmentation fault");
      // Isolated: refused at once, without calling it again.
      assertThatThrownBy(() -> speaker.speak(SpeechRequest.of("Bonjour", "fr")))
          .extracting(e -> ((SpeechException) e).error())
          .isEqualTo(SpeechError.ENGINE_FAILED);
    }
  }

  @Test
  void ssmlMarksCoverEveryWord() {
    String ssml = Words.markedSsml("Le chat dort. Il rêve de l’eau & du <lait>.");
    assertThat(ssml)
        .contains("<s>", "<mark name=\"w0\"/>Le", "<mark name=\"w6\"/>l’eau", "&amp;", "&lt;")
        .contains("<mark name=\"w8\"/>lait");
  }
}
