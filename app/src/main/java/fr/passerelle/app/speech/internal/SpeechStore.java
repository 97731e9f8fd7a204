package fr.passerelle.app.speech.internal;

import fr.passerelle.app.platform.SchoolTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The speech cache's table: synthesised speech in the database ({@code speech_cache}), so every
 * node shares it. Keyed by a SHA-256 of engine, version, voice, rate and normalised text. Bounded:
 * after each insertion, the least recently used entries go until the audio fits the bound.
 */
@Component
public class SpeechStore {

  /** A hit does not write its use time again within this delay (a write per play is waste). */
  private static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

  /** What the page needs of an entry, without its audio. */
  public record Entry(
      String key,
      String engine,
      String version,
      String voice,
      String language,
      int rate,
      String text,
      long durationMs,
      List<Long> startsMs) {}

  private final JdbcClient jdbc;
  private final SchoolTime time;

  SpeechStore(JdbcClient jdbc, SchoolTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  /** The key of a text said by an engine's voice at a rate. */
  public static String key(String engine, String version, String voice, int rate, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String joined = String.join("\n", engine, version, voice, String.valueOf(rate), text);
      return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An entry (without its audio), marking it used. */
  public Optional<Entry> find(String key) {
    Optional<Entry> entry =
        jdbc.sql(
                "select cache_key, engine, engine_version, voice, language, rate, spoken_text,"
                    + " duration_ms, word_starts from speech_cache where cache_key = ?")
            .param(key)
            .query(
                (rs, n) ->
                    new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getLong(8),
                        parse(rs.getString(9))))
            .optional();
    entry.ifPresent(e -> touch(key));
    return entry;
  }

  /** An entry's WAV. */
  public Optional<byte[]> audio(String key) {
    return jdbc.sql("select audio from speech_cache where cache_key = ?")
        .param(key)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  /** Stores an entry; another node may have stored it meanwhile, which is fine. */
  public void put(Entry entry, byte[] wav) {
    Timestamp now = Timestamp.from(time.now());
    try {
      jdbc.sql(
              "insert into speech_cache (cache_key, engine, engine_version, voice, language, rate,"
                  + " spoken_text, audio, audio_bytes, duration_ms, word_starts, created_at,"
                  + " last_used_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              entry.key(),
              entry.engine(),
              entry.version(),
              entry.voice(),
              entry.language(),
              entry.rate(),
              entry.text(),
              wav,
              wav.length,
              entry.durationMs(),
              entry.startsMs().stream().map(String::valueOf).collect(Collectors.joining(",")),
              now,
              now)
          .update();
    } catch (DuplicateKeyException alreadyThere) {
      touch(entry.key());
    }
  }

  /**
   * Removes the least recently used entries until the audio takes at most {@code maxBytes}.
   *
   * @return how many entries were removed
   */
  public int evict(long maxBytes) {
    long total = bytes();
    if (total <= maxBytes) {
      return 0;
    }
    record Sized(String key, int bytes) {}
    List<Sized> oldest =
        jdbc.sql("select cache_key, audio_bytes from speech_cache order by last_used_at, cache_key")
            .query((rs, n) -> new Sized(rs.getString(1), rs.getInt(2)))
            .list();
    int removed = 0;
    for (Sized s : oldest) {
      if (total <= maxBytes) {
        break;
      }
      removed += jdbc.sql("delete from speech_cache where cache_key = ?").param(s.key()).update();
      total -= s.bytes();
    }
    return removed;
  }

  public long count() {
    return jdbc.sql("select count(*) from speech_cache").query(Long.class).single();
  }

  public long bytes() {
    return jdbc.sql("select coalesce(sum(audio_bytes), 0) from speech_cache")
        .query(Long.class)
        .single();
  }

  /** Empties the cache (tests, and the administrator after an engine change). */
  public void clear() {
    jdbc.sql("delete from speech_cache").update();
  }

  private void touch(String key) {
    Instant now = time.now();
    jdbc.sql("update speech_cache set last_used_at = ? where cache_key = ? and last_used_at < ?")
        .params(Timestamp.from(now), key, Timestamp.from(now.minus(TOUCH_AFTER)))
        .update();
  }

  private static List<Long> parse(String starts) {
    return starts.isEmpty()
        ? List.of()
        : Arrays.stream(starts.split(",")).map(Long::valueOf).toList();
  }
}
