package fr.passerelle.media.chat;

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
 * The in-node fan-out: delivers each signal to the subscribers of its room (and to those that
 * listen to every room), each on its own virtual thread so a slow subscriber delays nobody. A
 * Vaadin view subscribes through {@link UiSubscriber}, which hands the signal to its UI with {@code
 * UI.access}. Signals from other nodes arrive here through {@link PgNotifyBridge}.
 */
public final class Broadcaster implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Broadcaster.class.getName());

  private final Map<Long, Set<Consumer<ChatSignal>>> byRoom = new ConcurrentHashMap<>();
  private final Set<Consumer<ChatSignal>> everyRoom = ConcurrentHashMap.newKeySet();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AtomicLong delivered = new AtomicLong();

  /** A subscription; closing it stops the deliveries. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** Receives the signals of one room and those meant for everyone. */
  public Subscription subscribe(long roomId, Consumer<ChatSignal> subscriber) {
    byRoom.computeIfAbsent(roomId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
    return () ->
        byRoom.computeIfPresent(
            roomId,
            (id, set) -> {
              set.remove(subscriber);
              return set.isEmpty() ? null : set;
            });
  }

  /** Receives every signal of every room (unread counts, moderation queues, the admin view). */
  public Subscription subscribeAll(Consumer<ChatSignal> subscriber) {
    everyRoom.add(subscriber);
    return () -> everyRoom.remove(subscriber);
  }

  /** Delivers a signal to this node's subscribers. */
  public void deliver(ChatSignal signal) {
    if (signal.roomId() == ChatSignal.EVERYONE) {
      byRoom.values().forEach(set -> set.forEach(s -> submit(s, signal)));
    } else {
      Set<Consumer<ChatSignal>> room = byRoom.get(signal.roomId());
      if (room != null) {
        room.forEach(s -> submit(s, signal));
      }
    }
    everyRoom.forEach(s -> submit(s, signal));
  }

  /** How many subscribers this node holds now. */
  public int subscriberCount() {
    return byRoom.values().stream().mapToInt(Set::size).sum() + everyRoom.size();
  }

  /** How many deliveries were handed to subscribers since the start. */
  public long deliveredCount() {
    return delivered.get();
  }

  private void submit(Consumer<ChatSignal> subscriber, ChatSignal signal) {
    executor.execute(
        () -> {
          try {
            subscriber.accept(signal);
            delivered.incrementAndGet();
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A chat subscriber failed on " + signal, e);
          }
        });
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
