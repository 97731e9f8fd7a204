package fr.passerelle.app.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.media.live.Broadcaster.Subscription;
import fr.passerelle.media.live.Signal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chat on the platform's live channel, under the topics {@code chat.room.<id>} and {@code
 * chat.everyone}: services {@link #publish} a signal inside the transaction that wrote it (every
 * node hears it at commit); views subscribe to a room (and to what is meant for everyone) while
 * they are attached, and re-read what a signal names through the chat's services, with their own
 * rights.
 */
@org.springframework.stereotype.Component
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

  /**
   * While the view is attached, hands it (in its UI) the signals of a room and those meant for
   * everyone. Removing the registration ends it.
   */
  public Registration subscribe(Component view, long roomId, Consumer<ChatSignal> handler) {
    Consumer<Signal> each = chatOnly(handler);
    List<Registration> both =
        List.of(
            live.subscribe(view, ChatSignal.topicOf(roomId), each),
            live.subscribe(view, ChatSignal.EVERYONE_TOPIC, each));
    return () -> both.forEach(Registration::remove);
  }

  /** While the view is attached, hands it every chat signal (unread counts, review queues). */
  public Registration subscribeAll(Component view, Consumer<ChatSignal> handler) {
    return live.subscribeUnder(view, ChatSignal.TOPICS, chatOnly(handler));
  }

  /** Receives the signals of a room and those meant for everyone, on this node's threads. */
  public Subscription subscribe(long roomId, Consumer<ChatSignal> subscriber) {
    Consumer<Signal> each = chatOnly(subscriber);
    List<Subscription> both =
        List.of(
            live.subscribe(ChatSignal.topicOf(roomId), each),
            live.subscribe(ChatSignal.EVERYONE_TOPIC, each));
    return () -> both.forEach(Subscription::close);
  }

  /** Sends a signal to every node once the current transaction commits (now if there is none). */
  void publish(ChatSignal signal) {
    live.publish(signal.toSignal());
  }

  private static Consumer<Signal> chatOnly(Consumer<ChatSignal> handler) {
    return s -> ChatSignal.of(s).ifPresent(handler);
  }
}
