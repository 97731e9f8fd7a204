package fr.passerelle.app.speech;

import fr.passerelle.accessibility.speech.Speaker;
import fr.passerelle.accessibility.speech.SpeechRequest;
import fr.passerelle.accessibility.speech.Words;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.speech.internal.SpeechStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Read-aloud latency for a two-sentence French text (docs/benchmarks.md, "Read aloud (speech)").
 * Not a test: its name keeps it out of {@code verify}. Run it alone, so that "cold" is the first
 * synthesis of the process:
 *
 * <pre>
 * ENT_DB_URL=jdbc:postgresql://localhost:5432/passerelle_h1 ./mvnw -B -o verify -pl app -am \
 *   -Dtest=SpeechBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Results go to the standard output and to {@code app/target/speech-benchmark.txt}.
 */
@PasserelleTest
class SpeechBenchmark {

  static final String TEXT =
      "Demain, nous irons à la bibliothèque de l’école avec la maîtresse. N’oubliez pas votre"
          + " carte de lecteur et un sac pour rapporter les livres.";
  static final int RUNS = 30;

  @Autowired SpeechService speech;
  @Autowired SpeechStore cache;
  @Autowired Speaker speaker;
  @Autowired JdbcClient jdbc;

  @Test
  void measure() throws Exception {
    String normalised = Words.normalise(TEXT);
    String key = speech.keyFor(new SpeechRequest(normalised, "fr", 100, false));
    List<String> out = new ArrayList<>();
    out.add("text: " + Words.of(TEXT).size() + " words, 2 sentences, " + TEXT.length() + " chars");

    forget(key);
    long t0 = System.nanoTime();
    SpokenText first = speech.speak(TEXT, "fr", 100);
    double cold = ms(System.nanoTime() - t0);
    out.add(
        String.format(Locale.ROOT, "cold (first synthesis of the process, miss): %.1f ms", cold));
    out.add("audio duration: " + first.durationMs() + " ms");

    double[] miss = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      forget(key);
      long t = System.nanoTime();
      speech.speak(TEXT, "fr", 100);
      miss[i] = ms(System.nanoTime() - t);
    }
    double[] engine = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      speaker.engineFor("fr").synthesize(new SpeechRequest(normalised, "fr", 100, false));
      engine[i] = ms(System.nanoTime() - t);
    }
    double[] insert = new double[RUNS];
    var sample =
        speaker.engineFor("fr").synthesize(new SpeechRequest(normalised, "fr", 100, false));
    for (int i = 0; i < RUNS; i++) {
      String k = SpeechStore.key("bench", "0", "fr", 100, normalised + i);
      long t = System.nanoTime();
      cache.put(
          new SpeechStore.Entry(k, "bench", "0", "fr", "fr", 100, normalised, 1, List.of(0L)),
          sample.wav());
      insert[i] = ms(System.nanoTime() - t);
      forget(k);
    }
    double[] hit = new double[RUNS * 10];
    for (int i = 0; i < hit.length; i++) {
      long t = System.nanoTime();
      speech.speak(TEXT, "fr", 100);
      hit[i] = ms(System.nanoTime() - t);
    }
    double[] cli = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      Process p =
          new ProcessBuilder("espeak-ng", "-v", "fr", "--stdout", TEXT)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor();
      cli[i] = ms(System.nanoTime() - t);
    }
    out.add(
        line("warm miss, whole pipeline (validate, key, cache look-up, synthesis, insert)", miss));
    out.add(line("engine alone (espeak-ng library through JNA, same text)", engine));
    out.add(line("cache insert alone (" + sample.wav().length / 1024 + " KiB WAV)", insert));
    out.add(line("cache hit", hit));
    out.add(line("espeak-ng command line directly (-v fr --stdout)", cli));
    out.add(
        String.format(
            Locale.ROOT,
            "real-time factor (audio / warm miss, median): %.0fx",
            first.durationMs() / median(miss)));
    out.add(
        String.format(
            Locale.ROOT,
            "pipeline overhead vs engine alone (median): %+.1f %%",
            100 * (median(miss) - median(engine)) / median(engine)));
    out.add(
        String.format(
            Locale.ROOT,
            "pipeline (warm miss) vs espeak-ng command line (median): %+.1f %%",
            100 * (median(miss) - median(cli)) / median(cli)));
    forget(key);
    out.forEach(System.out::println);
    Files.write(Path.of("target/speech-benchmark.txt"), out);
  }

  private void forget(String key) {
    jdbc.sql("delete from speech_cache where cache_key = ?").param(key).update();
  }

  private static String line(String what, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%s: median %.2f ms, p95 %.2f ms, min %.2f ms (n=%d)",
        what,
        median(values),
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[0],
        values.length);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
