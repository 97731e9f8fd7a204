package fr.passerelle.media.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-node fan-out: delivers each signal to the subscribers of its topic and to those of a topic
 * above it ("chat" hears "chat.room.1"), each on its own virtual thread so a slow subscriber delays
 * nobody. Signals from other nodes arrive here through {@link PgNotifyBridge}.
 */
public final class Broadcaster implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Broadcaster.class.getName());

  private final Map<String, Set<Consumer<Signal>>> byTopic = new ConcurrentHashMap<>();
  private final Map<String, Set<Consumer<Signal>>> underTopic = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong delivered = new AtomicLong();

  /** A subscription; closing it stops the deliveries. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Receives the signals of exactly this topic. */
  public Subscription subscribe(String topic, Consumer<Signal> subscriber) {
    return add(byTopic, topic, subscriber);
  }

  /** Receives the signals of this topic and of every topic under it. */
  public Subscription subscribeUnder(String prefix, Consumer<Signal> subscriber) {
    return add(underTopic, prefix, subscriber);
  }

  /** Delivers a signal to this node's subscribers. */
  public void deliver(Signal signal) {
    Set<Consumer<Signal>> exact = byTopic.get(signal.topic());
    if (exact != null) {
      exact.forEach(s -> submit(s, signal));
    }
    if (!underTopic.isEmpty()) {
      underTopic.forEach(
          (prefix, set) -> {
            if (signal.under(prefix)) {
              set.forEach(s -> submit(s, signal));
            }
          });
    }
  }

  /** How many subscribers this node holds now. */
  public int subscriberCount() {
    return byTopic.values().stream().mapToInt(Set::size).sum()
        + underTopic.values().stream().mapToInt(Set::size).sum();
  }

  /** How many deliveries were handed to subscribers since the start. */
  public long deliveredCount() {
    return delivered.get();
  }

  private static Subscription add(
      Map<String, Set<Consumer<Signal>>> map, String key, Consumer<Signal> subscriber) {
    map.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(subscriber);
    return () ->
        map.computeIfPresent(
            key,
            (k, set) -> {
              set.remove(subscriber);
              return set.isEmpty() ? null : set;
            });
  }

  private void submit(Consumer<Signal> subscriber, Signal signal) {
    executor.execute(
        () -> {
          try {
            subscriber.accept(signal);
            delivered.incrementAndGet();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A live subscriber failed on " + signal, e);
          }
        });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
