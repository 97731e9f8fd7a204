package fr.passerelle.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What proves that real speech was produced (ranges from docs speech.md): a valid 16-bit mono PCM
 * WAV, a plausible duration per word, loudness, peaks without clipping, silence between words and
 * pauses between sentences, and word timings that increase, one per word, within the audio.
 */
final class AudioCheck {

  /** A 10 ms frame is silent below this RMS (about -40 dBFS). */
  static final double SILENT_FRAME_RMS = 0.01;

  static final String FRENCH =
      "Le chat de Léa dort sur le tapis rouge près de la fenêtre. Demain matin, nous irons tous"
          + " ensemble à la bibliothèque de l’école.";
  static final String ENGLISH =
      "The little cat sleeps on the red carpet near the window. Tomorrow morning, we will all go"
          + " to the school library together.";

  /** Measures of one WAV. */
  record Measures(
      double secondsPerWord,
      double rms,
      double peak,
      double clippedShare,
      double silentShare,
      int pauses,
      long durationMs) {}

  private AudioCheck() {}

  static Measures measure(Speech speech, int words) {
    Wav.Pcm pcm = Wav.read(speech.wav());
    assertThat(pcm.format()).as("PCM").isEqualTo(1);
    assertThat(pcm.channels()).as("mono").isEqualTo(1);
    assertThat(pcm.bitsPerSample()).as("16-bit").isEqualTo(16);
    assertThat(pcm.sampleRate()).isBetween(8000, 48000);
    short[] s = pcm.samples();
    assertThat(s).isNotEmpty();
    double sum = 0;
    double peak = 0;
    long clipped = 0;
    for (short v : s) {
      double x = v / 32768.0;
      sum += x * x;
      peak = Math.max(peak, Math.abs(x));
      if (v >= 32767 || v <= -32768) {
        clipped++;
      }
    }
    int frame = pcm.sampleRate() / 100;
    int frames = s.length / frame;
    boolean[] silent = new boolean[frames];
    int silentCount = 0;
    for (int f = 0; f < frames; f++) {
      double e = 0;
      for (int i = f * frame; i < (f + 1) * frame; i++) {
        double x = s[i] / 32768.0;
        e += x * x;
      }
      silent[f] = Math.sqrt(e / frame) < SILENT_FRAME_RMS;
      if (silent[f]) {
        silentCount++;
      }
    }
    // Pauses of at least 150 ms between sounds (not the silence before the first or after the
    // last sound).
    int first = 0;
    while (first < frames && silent[first]) {
      first++;
    }
    int last = frames - 1;
    while (last >= 0 && silent[last]) {
      last--;
    }
    int pauses = 0;
    int run = 0;
    for (int f = first; f <= last; f++) {
      if (silent[f]) {
        run++;
      } else {
        if (run >= 15) {
          pauses++;
        }
        run = 0;
      }
    }
    return new Measures(
        pcm.durationMs() / 1000.0 / words,
        Math.sqrt(sum / s.length),
        peak,
        (double) clipped / s.length,
        (double) silentCount / frames,
        pauses,
        pcm.durationMs());
  }

  /** Asserts every range of speech.md for a text of some words and sentences. */
  static Measures assertRealSpeech(Speech speech, String text, int sentences) {
    List<Words.Word> words = Words.of(text);
    Measures m = measure(speech, words.size());
    assertThat(speech.durationMs())
        .isCloseTo(m.durationMs(), org.assertj.core.data.Offset.offset(2L));
    assertThat(m.secondsPerWord()).as("seconds per word").isBetween(0.12, 1.0);
    assertThat(m.rms()).as("RMS").isGreaterThanOrEqualTo(0.02);
    assertThat(m.peak()).as("peak").isGreaterThanOrEqualTo(0.1);
    assertThat(m.clippedShare()).as("clipped share").isLessThan(0.001);
    assertThat(m.silentShare()).as("silent frames").isBetween(0.05, 0.60);
    assertThat(m.pauses()).as("pauses of 150 ms or more").isGreaterThanOrEqualTo(sentences - 1);
    List<WordTiming> timings = speech.words();
    assertThat(timings).as("one timing per word").hasSize(words.size());
    for (int i = 0; i < timings.size(); i++) {
      assertThat(timings.get(i).index()).isEqualTo(i);
      assertThat(timings.get(i).word()).isEqualTo(words.get(i).text());
      if (i > 0) {
        assertThat(timings.get(i).startMs())
            .as("word %d starts after word %d", i, i - 1)
            .isGreaterThan(timings.get(i - 1).startMs());
      }
    }
    assertThat(timings.getLast().startMs())
        .as("last word before the end")
        .isLessThan(m.durationMs());
    return m;
  }
}
