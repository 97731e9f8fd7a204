package fr.passerelle.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each engine, on French and English sample texts: real speech, and timings that fit it. */
class SpeechEnginesTest {

  @Test
  void espeakLibrarySpeaksFrenchWithWordMarks() {
    SpeechEngine espeak = EspeakLibraryEngine.load().orElseThrow();
    Speech speech = espeak.synthesize(SpeechRequest.of(AudioCheck.FRENCH, "fr"));
    AudioCheck.Measures m = AudioCheck.assertRealSpeech(speech, AudioCheck.FRENCH, 2);
    System.out.println("espeak-ng fr: " + m);
    assertThat(speech.engine()).isEqualTo("espeak-ng");
    assertThat(speech.version()).startsWith("1.");
    // The marks are real: the second sentence starts after the pause that ends the first.
    long demain = speech.words().get(13).startMs();
    assertThat(speech.words().get(13).word()).isEqualTo("Demain");
    assertThat(demain).isBetween(speech.durationMs() / 3, speech.durationMs() * 2 / 3);
  }

  @Test
  void espeakLibrarySpeaksEnglish() {
    SpeechEngine espeak = EspeakLibraryEngine.load().orElseThrow();
    Speech speech = espeak.synthesize(SpeechRequest.of(AudioCheck.ENGLISH, "en"));
    System.out.println(
        "espeak-ng en: " + AudioCheck.assertRealSpeech(speech, AudioCheck.ENGLISH, 2));
  }

  @Test
  void espeakIsFasterAtAHigherRate() {
    SpeechEngine espeak = EspeakLibraryEngine.load().orElseThrow();
    long normal = espeak.synthesize(SpeechRequest.of(AudioCheck.FRENCH, "fr")).durationMs();
    long fast =
        espeak.synthesize(new SpeechRequest(AudioCheck.FRENCH, "fr", 150, false)).durationMs();
    assertThat(fast).isLessThan(normal * 85 / 100);
  }

  @Test
  void espeakCommandLineSpeaksFrench() {
    SpeechEngine cli = EspeakCommandEngine.load().orElse(null);
    assumeTrue(cli != null, "espeak-ng is not on the path");
    Speech speech = cli.synthesize(SpeechRequest.of(AudioCheck.FRENCH, "fr"));
    System.out.println(
        "espeak-ng cli fr: " + AudioCheck.assertRealSpeech(speech, AudioCheck.FRENCH, 2));
  }

  @Test
  void freeTtsSpeaksEnglishWithWordTimes() {
    SpeechEngine freetts = FreeTtsEngine.load().orElseThrow();
    assertThat(freetts.languages()).containsExactly("en");
    Speech speech = freetts.synthesize(SpeechRequest.of(AudioCheck.ENGLISH, "en"));
    AudioCheck.Measures m = AudioCheck.assertRealSpeech(speech, AudioCheck.ENGLISH, 2);
    System.out.println("freetts en: " + m);
    long tomorrow = speech.words().get(11).startMs();
    assertThat(speech.words().get(11).word()).isEqualTo("Tomorrow");
    assertThat(tomorrow).isBetween(speech.durationMs() / 3, speech.durationMs() * 2 / 3);
  }

  @Test
  void freeTtsVoicesAreNotSharedBetweenThreads() throws Exception {
    SpeechEngine freetts = FreeTtsEngine.load().orElseThrow();
    byte[] alone = freetts.synthesize(SpeechRequest.of(AudioCheck.ENGLISH, "en")).wav();
    List<Thread> threads = new java.util.ArrayList<>();
    List<byte[]> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < 3; i++) {
      Thread t =
          new Thread(
              () ->
                  results.add(
                      freetts.synthesize(SpeechRequest.of(AudioCheck.ENGLISH, "en")).wav()));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(30_000);
    }
    assertThat(results).hasSize(3).allSatisfy(wav -> assertThat(wav).isEqualTo(alone));
  }

  @Test
  void discoveryFindsFrenchAndEnglish() {
    try (Speaker speaker = new Speaker(Speaker.discover())) {
      assertThat(speaker.languages()).contains("fr", "en");
      assertThat(speaker.engineFor("fr").name()).isEqualTo("espeak-ng");
      assertThat(speaker.engineFor("en").name()).isEqualTo("freetts");
    }
  }
}
