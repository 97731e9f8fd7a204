package fr.passerelle.app.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accessibility.speech.Speaker;
import fr.passerelle.accessibility.speech.Speech;
import fr.passerelle.accessibility.speech.SpeechEngine;
import fr.passerelle.accessibility.speech.SpeechError;
import fr.passerelle.accessibility.speech.SpeechException;
import fr.passerelle.accessibility.speech.SpeechRequest;
import fr.passerelle.accessibility.speech.VoiceInfo;
import fr.passerelle.accessibility.speech.Wav;
import fr.passerelle.accessibility.speech.Words;
import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.shell.Translations;
import fr.passerelle.app.speech.internal.SpeechStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The speech service on PostgreSQL and H2: the cache (key, hit, eviction), pre-synthesis, bad
 * input.
 */
@PasserelleTest
@BothDatabases
class SpeechServiceTest {

  static final String FRENCH =
      "Aujourd’hui, nous allons au musée avec la classe. Prenez un goûter et un crayon !";

  @Autowired SpeechService speech;
  @Autowired SpeechStore cache;
  @Autowired Speaker speaker;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired ObjectProvider<SpeechPreferences> preferences;
  @Autowired Translations translations;

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void aTextIsSpokenOnceThenServedFromTheCache() {
    String text = FRENCH + " " + System.nanoTime();
    long before = cache.count();
    SpokenText first = speech.prepare(text);
    assertThat(first.language()).isEqualTo("fr");
    assertThat(first.engine()).startsWith("espeak-ng 1.");
    assertThat(first.words()).isEqualTo(Words.of(text).stream().map(Words.Word::text).toList());
    assertThat(first.startsMs()).hasSameSizeAs(first.words()).isSorted();
    assertThat(first.startsMs().getLast()).isLessThan(first.durationMs());
    assertThat(cache.count()).isEqualTo(before + 1);
    byte[] wav = speech.audio(first.key()).orElseThrow();
    assertThat(Wav.read(wav).durationMs()).isEqualTo(first.durationMs());

    // The same text with other spaces and line breaks: the same entry, nothing synthesised.
    SpokenText again = speech.prepare("  " + text.replace(" ", "\n ") + "  ");
    assertThat(again).isEqualTo(first);
    assertThat(cache.count()).isEqualTo(before + 1);

    // The key is engine, version, voice, rate and normalised text.
    assertThat(first.key())
        .isEqualTo(
            SpeechStore.key(
                "espeak-ng", speaker.engineFor("fr").version(), "fr", 100, Words.normalise(text)));
    SpokenText faster = speech.speak(text, "fr", 150);
    assertThat(faster.key()).isNotEqualTo(first.key());
    assertThat(faster.durationMs()).isLessThan(first.durationMs());
  }

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void englishIsSpokenByFreeTts() {
    SpokenText english = speech.prepare("The cat sleeps on the red carpet.", "en");
    assertThat(english.engine()).isEqualTo("freetts 1.2.2");
    assertThat(english.startsMs()).hasSize(7);
  }

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void theCallersProfileGivesTheVoiceAndRate() {
    assertThat(preferences.getObject().mine())
        .isEqualTo(new SpeechPreferences.Preference("fr", 100, false));
    assertThat(speech.myPreference().language()).isEqualTo("fr");
  }

  @Test
  void anonymousCallersAreRefused() {
    assertThatThrownBy(() -> speech.prepare("Bonjour"))
        .isInstanceOfAny(
            AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void theHealthViewIsForAdministratorsOnly() {
    assertThatThrownBy(() -> speech.health()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithUserDetails("admin")
  void theAdministratorSeesEnginesVoicesAndTheCache() {
    SpeechHealth health = speech.health();
    assertThat(health.frenchAvailable()).isTrue();
    assertThat(health.engines())
        .extracting(SpeechHealth.Engine::name)
        .containsExactly("espeak-ng", "freetts");
    assertThat(health.cacheMaxBytes()).isPositive();
  }

  @Test
  @WithUserDetails("enseignant.bergson.cm1")
  void badInputGetsATranslatedError() {
    assertError(() -> speech.prepare("   "), SpeechError.EMPTY);
    assertError(
        () -> speech.prepare("a".repeat(SpeechRequest.MAX_CHARACTERS + 1)), SpeechError.TOO_LONG);
    assertError(() -> speech.prepare("Guten Tag", "de"), SpeechError.UNSUPPORTED_LANGUAGE);
    for (SpeechError error : SpeechError.values()) {
      assertThat(translations.getTranslation("speech.error." + error.name(), Translations.FRENCH))
          .doesNotStartWith("!");
      assertThat(translations.getTranslation("speech.error." + error.name(), Translations.ENGLISH))
          .doesNotStartWith("!");
    }
  }

  @Test
  void theLeastRecentlyUsedEntriesAreEvictedFirst() {
    String a = entry("a");
    String b = entry("b");
    String c = entry("c");
    try {
      age(a, "2000-01-01");
      age(b, "2000-01-02");
      age(c, "2000-01-03");
      // a is played again: it becomes the most recently used of the three.
      assertThat(cache.find(a)).isPresent();
      long bound = cache.bytes() - 1500;
      assertThat(cache.evict(bound)).isEqualTo(2);
      assertThat(cache.bytes()).isLessThanOrEqualTo(bound);
      assertThat(cache.audio(b)).as("b, the oldest").isEmpty();
      assertThat(cache.audio(c)).as("c, the next oldest").isEmpty();
      assertThat(cache.audio(a)).as("a, used just now").isPresent();
      assertThat(cache.evict(cache.bytes())).as("under the bound, nothing goes").isZero();
    } finally {
      jdbc.sql("delete from speech_cache where cache_key in (?, ?, ?)").params(a, b, c).update();
    }
  }

  @Test
  void aPublishedTextIsSynthesisedBeforeAnyonePlaysIt() throws InterruptedException {
    String text = "La cantine sert des lentilles et une pomme, jeudi " + System.nanoTime() + ".";
    String key = speech.keyFor(new SpeechRequest(Words.normalise(text), "fr", 100, false));
    assertThat(cache.audio(key)).isEmpty();
    transactions.executeWithoutResult(t -> events.publishEvent(new TextPublished(text, "fr")));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (cache.audio(key).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(cache.audio(key)).as("in the cache after publication").isPresent();
    assertThat(cache.find(key).orElseThrow().startsMs()).hasSize(Words.of(text).size());
  }

  @Test
  void aHangingEngineIsTimedOutAndTheServiceStillAnswers() {
    CountDownLatch never = new CountDownLatch(1);
    SpeechEngine hanging =
        new SpeechEngine() {
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
            while (true) {
              try {
                never.await();
              } catch (InterruptedException ignored) {
                // as native code: deaf to interruption
              }
            }
          }
        };
    List<SpeechEngine> engines = new ArrayList<>();
    engines.add(hanging);
    engines.addAll(Speaker.discover());
    try (Speaker guarded =
        new Speaker(engines, Duration.ofMillis(400), Duration.ofMinutes(1), Clock.systemUTC())) {
      SpeechService service = new SpeechService(guarded, cache, preferences, 1L << 28);
      String text = "Le goûter est à dix heures " + System.nanoTime();
      long start = System.nanoTime();
      assertError(() -> service.speak(text, "fr", 100), SpeechError.TIMEOUT);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      SpokenText spoken = service.speak(text, "fr", 100);
      assertThat(spoken.engine()).startsWith("espeak-ng");
    } finally {
      never.countDown();
    }
  }

  private static void assertError(Runnable call, SpeechError expected) {
    assertThatThrownBy(call::run)
        .isInstanceOf(SpeechException.class)
        .extracting(e -> ((SpeechException) e).error())
        .isEqualTo(expected);
  }

  private String entry(String name) {
    String key = SpeechStore.key("test", "0", name, 100, name + System.nanoTime());
    cache.put(
        new SpeechStore.Entry(key, "test", "0", name, "fr", 100, name, 100, List.of(0L)),
        new byte[1000]);
    return key;
  }

  private void age(String key, String day) {
    jdbc.sql(
            "update speech_cache set last_used_at = cast(? as timestamp with time zone) where cache_key = ?")
        .params(day + " 00:00:00+00", key)
        .update();
  }
}
