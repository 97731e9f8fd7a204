package fr.passerelle.app.chat.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A few seconds' memory of values that many threads ask for at once: the first asks the database,
 * the others (waiting on the same key meanwhile) share its answer until it expires. The chat's
 * fan-out uses it so that a message sent to 30 open pages is read once, not 30 times.
 */
final class ShortCache<K, V> {

  private record Entry<V>(V value, long until) {}

  private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final int size;

  ShortCache(Duration ttl, int size) {
    this.ttlNanos = ttl.toNanos();
    this.size = size;
  }

  /** The value kept for this key, or the one {@code load} gives (once for concurrent callers). */
  V get(K key, Supplier<V> load) {
    long now = System.nanoTime();
    Entry<V> entry =
        entries.compute(
            key,
            (k, old) ->
                old != null && old.until() - now > 0
                    ? old
                    : new Entry<>(load.get(), now + ttlNanos));
    if (entries.size() > size) {
      entries.values().removeIf(e -> e.until() - now <= 0);
    }
    return entry.value();
  }

  /** Forgets a key (its value changed). */
  void forget(K key) {
    entries.remove(key);
  }
}
