package fr.passerelle.accessibility.speech;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.ProcessException;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;

/**
 * FreeTTS's {@code kevin16} voice: pure Java, English only, always there. A FreeTTS voice shared by
 * threads mixes their audio: each thread gets its own voice (loaded once per thread, ~0.4 s). Word
 * timings come from the segment times of each utterance's words.
 */
public final class FreeTtsEngine implements SpeechEngine {

  private static final String VOICE = "kevin16";
  private static final float NORMAL_WORDS_PER_MINUTE = 150f;
  private static final List<VoiceInfo> VOICES =
      List.of(new VoiceInfo(VOICE, "en", "FreeTTS Kevin (US English, 16 kHz)"));

  private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(Session::new);

  private FreeTtsEngine() {}

  /** The engine, or empty if FreeTTS's voice cannot be found. */
  public static Optional<SpeechEngine> load() {
    System.setProperty(
        "freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    if (VoiceManager.getInstance().getVoice(VOICE) == null) {
      return Optional.empty();
    }
    return Optional.of(new FreeTtsEngine());
  }

  @Override
  public String name() {
    return "freetts";
  }

  @Override
  public String version() {
    return "1.2.2";
  }

  @Override
  public List<VoiceInfo> voices() {
    return VOICES;
  }

  @Override
  public Speech synthesize(SpeechRequest request) {
    voiceFor(request.language());
    String text = request.ssml() ? request.text().replaceAll("<[^>]*>", " ") : request.text();
    Session session = sessions.get();
    session.voice.setRate(NORMAL_WORDS_PER_MINUTE * request.rate() / 100f);
    session.start();
    if (!session.voice.speak(text)) {
      throw new SpeechException(SpeechError.ENGINE_FAILED, "FreeTTS could not speak");
    }
    short[] samples = session.samples();
    int rate = session.sampleRate();
    return new Speech(
        Wav.of(samples, rate),
        Wav.durationMs(samples.length, rate),
        session.timings(Words.of(text), rate),
        name(),
        version(),
        VOICE);
  }

  /** One thread's voice, its audio sink and the word times of what it last said. */
  private static final class Session implements AudioPlayer, UtteranceProcessor {
    final Voice voice;
    private AudioFormat format;
    private ByteArrayOutputStream audio = new ByteArrayOutputStream();
    // Per utterance, in order: the times (s) its words start, relative to the utterance.
    private final List<List<Float>> utteranceWords = new ArrayList<>();
    // Per utterance, in order: where its audio starts, in bytes.
    private final List<Integer> utteranceStarts = new ArrayList<>();

    Session() {
      // Loading a voice reads shared lexicon data that is not safe to load twice at once.
      synchronized (FreeTtsEngine.class) {
        voice = VoiceManager.getInstance().getVoice(VOICE);
        voice.allocate();
      }
      voice.setAudioPlayer(this);
      @SuppressWarnings("unchecked")
      List<UtteranceProcessor> processors = voice.getUtteranceProcessors();
      processors.add(this);
    }

    void start() {
      audio = new ByteArrayOutputStream();
      utteranceWords.clear();
      utteranceStarts.clear();
    }

    int sampleRate() {
      return format == null ? 16000 : (int) format.getSampleRate();
    }

    short[] samples() {
      byte[] bytes = audio.toByteArray();
      boolean big = format != null && format.isBigEndian();
      short[] samples = new short[bytes.length / 2];
      ByteBuffer.wrap(bytes)
          .order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
          .asShortBuffer()
          .get(samples);
      return samples;
    }

    List<WordTiming> timings(List<Words.Word> words, int rate) {
      List<Long> starts = new ArrayList<>();
      for (int u = 0; u < utteranceWords.size(); u++) {
        long offsetMs =
            u < utteranceStarts.size() ? Math.round(utteranceStarts.get(u) / 2 * 1000.0 / rate) : 0;
        for (float t : utteranceWords.get(u)) {
          starts.add(offsetMs + Math.round(t * 1000));
        }
      }
      long[] at = new long[words.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = i < starts.size() ? starts.get(i) : -1;
      }
      return Timings.complete(words, at);
    }

    /** Runs last on each utterance: notes when each of its tokens' first word starts. */
    @Override
    public void processUtterance(Utterance utterance) throws ProcessException {
      List<Float> starts = new ArrayList<>();
      Relation tokens = utterance.getRelation(Relation.TOKEN);
      for (Item token = tokens == null ? null : tokens.getHead();
          token != null;
          token = token.getNext()) {
        Item word = token.getDaughter();
        if (word == null || !token.getFeatures().getString("name").matches(".*[\\p{L}\\p{N}].*")) {
          continue;
        }
        Item segment = word.findItem("R:SylStructure.daughter.daughter.R:Segment");
        float start = 0;
        if (segment != null) {
          Item previous = segment.getPrevious();
          start = previous == null ? 0 : previous.getFeatures().getFloat("end");
        }
        starts.add(start);
      }
      utteranceWords.add(starts);
    }

    // ---- AudioPlayer: keeps the bytes. ----
    @Override
    public void setAudioFormat(AudioFormat f) {
      format = f;
    }

    @Override
    public AudioFormat getAudioFormat() {
      return format;
    }

    @Override
    public void begin(int size) {
      utteranceStarts.add(audio.size());
    }

    @Override
    public boolean write(byte[] bytes) {
      audio.write(bytes, 0, bytes.length);
      return true;
    }

    @Override
    public boolean write(byte[] bytes, int offset, int length) {
      audio.write(bytes, offset, length);
      return true;
    }

    @Override
    public boolean end() {
      return true;
    }

    @Override
    public boolean drain() {
      return true;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
      return 1f;
    }

    @Override
    public void setVolume(float volume) {}

    @Override
    public long getTime() {
      return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}

    @Override
    public String toString() {
      return "FreeTTS session";
    }
  }
}
