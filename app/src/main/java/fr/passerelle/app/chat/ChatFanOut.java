package fr.passerelle.app.chat;

import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.media.live.Broadcaster.Subscription;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The chat on the platform's live channel: services {@link #publish} a signal inside the
 * transaction that wrote it (every node hears it at commit); views {@link #subscribe} to a room
 * (and to what is meant for everyone) and re-read what a signal names through {@link ChatService}.
 */
@Component
public class ChatFanOut {

  private final LiveSignals live;

  ChatFanOut(LiveSignals live) {
    this.live = live;
  }

  /** Whether signals reach other nodes (PostgreSQL) or this node only (H2). */
  public boolean multiNode() {
    return live.multiNode();
  }

  /** This node's id, as presence rows name it. */
  public String nodeId() {
    return live.nodeId();
  }

  /** Receives the signals of a room and those meant for everyone. */
  public Subscription subscribe(long roomId, Consumer<ChatSignal> subscriber) {
    Consumer<fr.passerelle.media.live.Signal> each = s -> ChatSignal.of(s).ifPresent(subscriber);
    List<Subscription> both =
        List.of(
            live.subscribe(ChatSignal.topicOf(roomId), each),
            live.subscribe(ChatSignal.EVERYONE_TOPIC, each));
    return () -> both.forEach(Subscription::close);
  }

  /** Receives every chat signal (unread counts, review queues). */
  public Subscription subscribeAll(Consumer<ChatSignal> subscriber) {
    return live.subscribeUnder(ChatSignal.TOPICS, s -> ChatSignal.of(s).ifPresent(subscriber));
  }

  public int subscriberCount() {
    return live.subscriberCount();
  }

  /** Sends a signal to every node once the current transaction commits (now if there is none). */
  void publish(ChatSignal signal) {
    live.publish(signal.toSignal());
  }
}
