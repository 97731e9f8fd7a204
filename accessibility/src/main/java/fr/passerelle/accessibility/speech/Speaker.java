package fr.passerelle.accessibility.speech;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engines a process has, and the guard around them: a request is checked ({@link
 * SpeechRequest#validated()}), given to the best engine for its language that is not isolated, and
 * run on that engine's own small executor with a time limit. An engine that fails or overruns is
 * isolated for a while (its executor replaced, so a thread stuck in native code blocks nothing
 * else) and the next engine speaking the language takes over.
 *
 * <p>An engine is preferred for the language of its first voice (espeak-ng for French, FreeTTS for
 * English); then the order given.
 */
public final class Speaker implements AutoCloseable {

  /** A synthesis lasts at most this long by default: 20 s, a long lesson on a busy machine. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

  /** An engine that failed or overran is left aside this long by default. */
  public static final Duration DEFAULT_ISOLATION = Duration.ofMinutes(1);

  private static final int QUEUE = 32;

  /** An engine as the health view sees it. */
  public record EngineState(
      String name,
      String version,
      List<VoiceInfo> voices,
      boolean isolated,
      Instant isolatedUntil,
      String lastProblem) {}

  private final List<Guarded> engines;
  private final Duration timeout;
  private final Duration isolation;
  private final Clock clock;

  public Speaker(List<SpeechEngine> engines, Duration timeout, Duration isolation, Clock clock) {
    this.engines = engines.stream().map(Guarded::new).toList();
    this.timeout = timeout;
    this.isolation = isolation;
    this.clock = clock;
  }

  public Speaker(List<SpeechEngine> engines) {
    this(engines, DEFAULT_TIMEOUT, DEFAULT_ISOLATION, Clock.systemUTC());
  }

  /**
   * The engines of this machine: espeak-ng (its library, else its command line, else none) and
   * FreeTTS (always, it is pure Java).
   */
  public static List<SpeechEngine> discover() {
    List<SpeechEngine> found = new ArrayList<>();
    EspeakLibraryEngine.load().or(EspeakCommandEngine::load).ifPresent(found::add);
    FreeTtsEngine.load().ifPresent(found::add);
    return found;
  }

  /** The languages some engine speaks. */
  public List<String> languages() {
    return engines.stream()
        .flatMap(g -> g.engine.languages().stream())
        .distinct()
        .sorted()
        .toList();
  }

  /** Whether some engine speaks this language (isolated or not). */
  public boolean speaks(String language) {
    return engines.stream().anyMatch(g -> g.engine.speaks(language));
  }

  /** The engine that would speak this language now. */
  public SpeechEngine engineFor(String language) {
    return guardFor(new SpeechRequest("", language, 100, false).language()).engine;
  }

  /** Speaks a request with the best available engine for its language. */
  public Speech speak(SpeechRequest request) {
    SpeechRequest valid = request.validated();
    return guardFor(valid.language()).run(valid);
  }

  /** The engines and their state. */
  public List<EngineState> states() {
    return engines.stream().map(Guarded::state).toList();
  }

  private Guarded guardFor(String language) {
    List<Guarded> speaking =
        engines.stream()
            .filter(g -> g.engine.speaks(language))
            .sorted(
                Comparator.comparing(
                    (Guarded g) -> !g.engine.voices().getFirst().language().equals(language)))
            .toList();
    if (speaking.isEmpty()) {
      throw new SpeechException(SpeechError.UNSUPPORTED_LANGUAGE, language);
    }
    return speaking.stream()
        .filter(g -> !g.isolated())
        .findFirst()
        .orElseThrow(
            () ->
                new SpeechException(
                    SpeechError.ENGINE_FAILED, "every engine for " + language + " is isolated"));
  }

  @Override
  public void close() {
    engines.forEach(g -> g.executor.shutdownNow());
  }

  /** One engine, its executor and its health. */
  private final class Guarded {
    private final SpeechEngine engine;
    private volatile ThreadPoolExecutor executor;
    private volatile Instant isolatedUntil = Instant.MIN;
    private volatile String lastProblem = "";

    Guarded(SpeechEngine engine) {
      this.engine = engine;
      this.executor = newExecutor();
    }

    private ThreadPoolExecutor newExecutor() {
      // The espeak-ng library speaks one text at a time anyway; others get two threads.
      int threads = engine instanceof EspeakLibraryEngine ? 1 : 2;
      AtomicInteger count = new AtomicInteger();
      return new ThreadPoolExecutor(
          threads,
          threads,
          30,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(QUEUE),
          r -> {
            Thread t = new Thread(r, "speech-" + engine.name() + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
    }

    boolean isolated() {
      return clock.instant().isBefore(isolatedUntil);
    }

    EngineState state() {
      boolean isolatedNow = isolated();
      return new EngineState(
          engine.name(),
          engine.version(),
          engine.voices(),
          isolatedNow,
          isolatedNow ? isolatedUntil : null,
          lastProblem);
    }

    Speech run(SpeechRequest request) {
      Future<Speech> future;
      try {
        future = executor.submit(() -> engine.synthesize(request));
      } catch (RejectedExecutionException e) {
        throw new SpeechException(SpeechError.BUSY, engine.name() + " has too much waiting", e);
      }
      try {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        isolate("no answer within " + timeout.toMillis() + " ms");
        throw new SpeechException(
            SpeechError.TIMEOUT, engine.name() + " took over " + timeout.toMillis() + " ms", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SpeechException speech) {
          if (speech.error() == SpeechError.ENGINE_FAILED) {
            isolate(speech.getMessage());
          }
          throw speech;
        }
        isolate(String.valueOf(e.getCause()));
        throw new SpeechException(
            SpeechError.ENGINE_FAILED, engine.name() + " failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        throw new SpeechException(SpeechError.TIMEOUT, "interrupted", e);
      }
    }

    private synchronized void isolate(String problem) {
      lastProblem = problem;
      isolatedUntil = clock.instant().plus(isolation);
      // Its threads may be stuck for good (a hung native call): later calls get fresh ones.
      ThreadPoolExecutor old = executor;
      executor = newExecutor();
      old.shutdownNow();
    }
  }

  /** For tests and the health view: engines by name. */
  public Map<String, SpeechEngine> byName() {
    Map<String, SpeechEngine> map = new LinkedHashMap<>();
    engines.forEach(g -> map.put(g.engine.name(), g.engine));
    return map;
  }
}
