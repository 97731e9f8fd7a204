package fr.passerelle.app.chat;

import fr.passerelle.media.chat.Broadcaster;
import fr.passerelle.media.chat.Broadcaster.Subscription;
import fr.passerelle.media.chat.ChatSignal;
import fr.passerelle.media.chat.PgNotifyBridge;
import jakarta.annotation.PreDestroy;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * This node's chat fan-out. Services {@link #publish} a signal inside the transaction that wrote
 * it: on PostgreSQL a {@code pg_notify} goes with the transaction (other nodes hear it at commit),
 * and this node's subscribers get it right after the commit. On H2 there is no bridge: one node.
 * Views {@link #subscribe} to a room and re-read what a signal names through {@link ChatService}.
 */
@Component
public class ChatFanOut {

  private final Broadcaster broadcaster = new Broadcaster();
  private final JdbcClient jdbc;
  private final String nodeId = UUID.randomUUID().toString().substring(0, 8);
  private final @Nullable PgNotifyBridge bridge;

  ChatFanOut(
      JdbcClient jdbc,
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String user,
      @Value("${spring.datasource.password:}") String password,
      @Value("${passerelle.chat.bridge.channel:passerelle_chat}") String channel,
      @Value("${passerelle.chat.bridge.poll-millis:250}") int pollMillis) {
    this.jdbc = jdbc;
    if (url.startsWith("jdbc:postgresql:")) {
      bridge =
          new PgNotifyBridge(
              () -> DriverManager.getConnection(url, user, password),
              channel,
              nodeId,
              broadcaster,
              pollMillis);
      bridge.start();
      try {
        bridge.awaitListening(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      bridge = null;
    }
  }

  /** Whether signals reach other nodes (PostgreSQL) or this node only (H2). */
  public boolean multiNode() {
    return bridge != null;
  }

  /** This node's id, as presence rows and payloads name it. */
  public String nodeId() {
    return nodeId;
  }

  /** Receives the signals of a room and those meant for everyone. */
  public Subscription subscribe(long roomId, Consumer<ChatSignal> subscriber) {
    return broadcaster.subscribe(roomId, subscriber);
  }

  /** Receives every signal (unread counts, review queues). */
  public Subscription subscribeAll(Consumer<ChatSignal> subscriber) {
    return broadcaster.subscribeAll(subscriber);
  }

  public int subscriberCount() {
    return broadcaster.subscriberCount();
  }

  /** Sends a signal to every node once the current transaction commits (now if there is none). */
  void publish(ChatSignal signal) {
    if (bridge != null) {
      jdbc.sql(PgNotifyBridge.NOTIFY_SQL)
          .params(bridge.channel(), bridge.payload(signal))
          .query((rs, n) -> 1)
          .list();
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              broadcaster.deliver(signal);
            }
          });
    } else {
      broadcaster.deliver(signal);
    }
  }

  @PreDestroy
  void stop() {
    if (bridge != null) {
      bridge.close();
    }
    broadcaster.close();
  }
}
