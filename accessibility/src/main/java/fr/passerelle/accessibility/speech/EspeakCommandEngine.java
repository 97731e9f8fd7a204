package fr.passerelle.accessibility.speech;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng through its command line, where the C library cannot be loaded. One process per
 * synthesis (so it is re-entrant). The command line gives no word events: word timings are
 * estimated, spread over the audio in proportion to each word's length (less precise than the
 * library's marks).
 */
public final class EspeakCommandEngine implements SpeechEngine {

  private static final int NORMAL_WORDS_PER_MINUTE = 175;
  private static final List<VoiceInfo> VOICES =
      List.of(
          new VoiceInfo("fr", "fr", "espeak-ng French (France), command line"),
          new VoiceInfo("en", "en", "espeak-ng English (Great Britain), command line"));

  private final String command;
  private final String version;

  EspeakCommandEngine(String command, String version) {
    this.command = command;
    this.version = version;
  }

  /** The engine, or empty when {@code espeak-ng} is not on the path. */
  public static Optional<SpeechEngine> load() {
    try {
      Process p = new ProcessBuilder("espeak-ng", "--version").redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Optional.empty();
      }
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("(\\d+\\.\\d+(\\.\\d+)?)").matcher(out);
      return Optional.of(new EspeakCommandEngine("espeak-ng", m.find() ? m.group(1) : "unknown"));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public String name() {
    return "espeak-ng-cli";
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<VoiceInfo> voices() {
    return VOICES;
  }

  @Override
  public Speech synthesize(SpeechRequest request) {
    VoiceInfo voice = voiceFor(request.language());
    ProcessBuilder builder =
        new ProcessBuilder(
            command,
            "--stdout",
            "-v",
            voice.id(),
            "-s",
            String.valueOf(NORMAL_WORDS_PER_MINUTE * request.rate() / 100));
    if (request.ssml()) {
      builder.command().add("-m");
    }
    try {
      Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try (var in = process.getOutputStream()) {
        in.write(request.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      byte[] wav;
      try (InputStream out = process.getInputStream()) {
        wav = out.readAllBytes();
      }
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new SpeechException(SpeechError.ENGINE_FAILED, "espeak-ng exited badly");
      }
      Wav.Pcm pcm = Wav.read(wav);
      String plain = request.ssml() ? request.text().replaceAll("<[^>]*>", " ") : request.text();
      return new Speech(
          Wav.of(pcm.samples(), pcm.sampleRate()),
          pcm.durationMs(),
          estimate(Words.of(plain), pcm.durationMs()),
          name(),
          version,
          voice.id());
    } catch (IOException e) {
      throw new SpeechException(SpeechError.ENGINE_FAILED, "espeak-ng: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpeechException(SpeechError.TIMEOUT, "interrupted", e);
    }
  }

  /** Word starts spread in proportion to word lengths (plus one for the space). */
  static List<WordTiming> estimate(List<Words.Word> words, long durationMs) {
    long total = words.stream().mapToLong(w -> w.text().length() + 1).sum();
    long[] at = new long[words.size()];
    long sum = 0;
    long speaking = Math.max(1, durationMs - 200);
    for (int i = 0; i < at.length; i++) {
      at[i] = total == 0 ? 0 : sum * speaking / total;
      sum += words.get(i).text().length() + 1;
    }
    return Timings.complete(words, at);
  }
}
