package fr.passerelle.accessibility.speech;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * espeak-ng through its C library ({@code libespeak-ng.so.1}) and JNA: French and English, with
 * word timings from the {@code <mark>} events of the SSML {@link Words#markedSsml} builds. The
 * library is not re-entrant: one synthesis at a time in the process (a lock).
 */
public final class EspeakLibraryEngine implements SpeechEngine {

  /** The library's calls that Passerelle uses (speak_lib.h). */
  interface Espeak extends Library {
    int AUDIO_OUTPUT_SYNCHRONOUS = 2;
    int INITIALIZE_DONT_EXIT = 0x8000;
    int CHARS_UTF8 = 1;
    int SSML = 0x10;
    int POS_CHARACTER = 1;
    int RATE = 1;
    int EVENT_LIST_TERMINATED = 0;
    int EVENT_WORD = 1;
    int EVENT_MARK = 3;

    int espeak_Initialize(int output, int bufferMs, String path, int options);

    void espeak_SetSynthCallback(SynthCallback callback);

    int espeak_SetVoiceByName(String name);

    int espeak_SetParameter(int parameter, int value, int relative);

    int espeak_Synth(
        byte[] text,
        long size,
        int position,
        int positionType,
        int endPosition,
        int flags,
        Pointer uniqueIdentifier,
        Pointer userData);

    int espeak_Synchronize();

    String espeak_Info(Pointer pathData);
  }

  /** {@code int callback(short *wav, int numsamples, espeak_EVENT *events)}. */
  public interface SynthCallback extends Callback {
    int invoke(Pointer wav, int samples, Pointer events);
  }

  /** sizeof(espeak_EVENT) on 64-bit Linux: 6 ints, a pointer, a union of 8 bytes. */
  private static final int EVENT_SIZE = 40;

  private static final int NORMAL_WORDS_PER_MINUTE = 175;
  private static final List<VoiceInfo> VOICES =
      List.of(
          new VoiceInfo("fr", "fr", "espeak-ng French (France)"),
          new VoiceInfo("en", "en", "espeak-ng English (Great Britain)"));

  private final Espeak espeak;
  private final int sampleRate;
  private final String version;
  // Kept in a field: JNA frees a callback's native stub once the Java object is collected.
  private final SynthCallback callback = this::collect;
  private Collector current;
  // Loading a voice reads its dictionary (milliseconds): only when it changes.
  private String currentVoice;
  private int currentRate = -1;

  private EspeakLibraryEngine(Espeak espeak) {
    this.espeak = espeak;
    this.sampleRate =
        espeak.espeak_Initialize(
            Espeak.AUDIO_OUTPUT_SYNCHRONOUS, 0, null, Espeak.INITIALIZE_DONT_EXIT);
    if (sampleRate <= 0) {
      throw new IllegalStateException("espeak_Initialize failed: " + sampleRate);
    }
    espeak.espeak_SetSynthCallback(callback);
    this.version = espeak.espeak_Info(null);
  }

  /** The engine, or empty when the library is not installed or does not start. */
  public static synchronized Optional<SpeechEngine> load() {
    // One per process: the library has one callback and one state.
    if (loaded == null) {
      loaded = open();
    }
    return loaded;
  }

  private static Optional<SpeechEngine> loaded;

  private static Optional<SpeechEngine> open() {
    try {
      Espeak library = Native.load("espeak-ng", Espeak.class);
      return Optional.of(new EspeakLibraryEngine(library));
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      try {
        Espeak library = Native.load("libespeak-ng.so.1", Espeak.class);
        return Optional.of(new EspeakLibraryEngine(library));
      } catch (UnsatisfiedLinkError | RuntimeException again) {
        return Optional.empty();
      }
    }
  }

  @Override
  public String name() {
    return "espeak-ng";
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
    String ssml = request.ssml() ? request.text() : Words.markedSsml(request.text());
    byte[] text = (ssml + "\0").getBytes(StandardCharsets.UTF_8);
    synchronized (EspeakLibraryEngine.class) {
      Collector collector = new Collector();
      current = collector;
      try {
        if (!voice.id().equals(currentVoice)) {
          currentVoice = null;
          currentRate = -1;
          check(espeak.espeak_SetVoiceByName(voice.id()), "voice " + voice.id());
          currentVoice = voice.id();
        }
        int wordsPerMinute = NORMAL_WORDS_PER_MINUTE * request.rate() / 100;
        if (wordsPerMinute != currentRate) {
          check(espeak.espeak_SetParameter(Espeak.RATE, wordsPerMinute, 0), "rate");
          currentRate = wordsPerMinute;
        }
        check(
            espeak.espeak_Synth(
                text,
                text.length,
                0,
                Espeak.POS_CHARACTER,
                0,
                Espeak.CHARS_UTF8 | Espeak.SSML,
                null,
                null),
            "synthesis");
        espeak.espeak_Synchronize();
      } finally {
        current = null;
      }
      short[] samples = collector.samples();
      List<WordTiming> timings =
          request.ssml()
              ? collector.wordEvents(ssml)
              : collector.markTimings(Words.of(request.text()));
      return new Speech(
          Wav.of(samples, sampleRate),
          Wav.durationMs(samples.length, sampleRate),
          timings,
          name(),
          version,
          voice.id());
    }
  }

  private static void check(int status, String what) {
    if (status != 0) {
      throw new SpeechException(SpeechError.ENGINE_FAILED, "espeak-ng " + what + ": " + status);
    }
  }

  private int collect(Pointer wav, int count, Pointer events) {
    Collector c = current;
    if (c == null) {
      return 1;
    }
    if (wav != null && count > 0) {
      c.add(wav.getShortArray(0, count));
    }
    if (events != null) {
      for (long at = 0; ; at += EVENT_SIZE) {
        int type = events.getInt(at);
        if (type == Espeak.EVENT_LIST_TERMINATED) {
          break;
        }
        int audioMs = events.getInt(at + 16);
        if (type == Espeak.EVENT_MARK) {
          Pointer name = events.getPointer(at + 32);
          if (name != null) {
            c.marks.add(new Event(name.getString(0, "UTF-8"), audioMs, 0, 0));
          }
        } else if (type == Espeak.EVENT_WORD) {
          c.words.add(new Event("", audioMs, events.getInt(at + 8), events.getInt(at + 12)));
        }
      }
    }
    return 0;
  }

  private record Event(String name, int audioMs, int textPosition, int length) {}

  /** What one synthesis produced: samples, marks and word events. */
  private static final class Collector {
    private short[] buffer = new short[1 << 16];
    private int size;
    final List<Event> marks = new ArrayList<>();
    final List<Event> words = new ArrayList<>();

    void add(short[] chunk) {
      if (size + chunk.length > buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + chunk.length));
      }
      System.arraycopy(chunk, 0, buffer, size, chunk.length);
      size += chunk.length;
    }

    short[] samples() {
      return java.util.Arrays.copyOf(buffer, size);
    }

    /** One timing per word from the marks; a word whose mark was lost takes its neighbour's. */
    List<WordTiming> markTimings(List<Words.Word> text) {
      long[] at = new long[text.size()];
      java.util.Arrays.fill(at, -1);
      for (Event mark : marks) {
        if (mark.name().startsWith("w")) {
          try {
            int index = Integer.parseInt(mark.name().substring(1));
            if (index >= 0 && index < at.length && at[index] < 0) {
              at[index] = mark.audioMs();
            }
          } catch (NumberFormatException ignored) {
            // Not one of ours (SSML given by the caller).
          }
        }
      }
      return Timings.complete(text, at);
    }

    /** For SSML from the caller: the library's own word events, in order. */
    List<WordTiming> wordEvents(String ssml) {
      List<WordTiming> timings = new ArrayList<>();
      byte[] bytes = ssml.getBytes(StandardCharsets.UTF_8);
      long last = -1;
      for (Event e : words) {
        if (e.audioMs() <= last) {
          continue;
        }
        int from = Math.max(0, Math.min(bytes.length, e.textPosition() - 1));
        int to = Math.max(from, Math.min(bytes.length, from + e.length()));
        String word = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        timings.add(new WordTiming(timings.size(), word, e.audioMs()));
        last = e.audioMs();
      }
      return timings;
    }
  }
}
