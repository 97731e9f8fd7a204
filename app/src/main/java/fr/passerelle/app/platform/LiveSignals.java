package fr.passerelle.app.platform;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.media.live.Broadcaster;
import fr.passerelle.media.live.Broadcaster.Subscription;
import fr.passerelle.media.live.PgNotifyBridge;
import fr.passerelle.media.live.Signal;
import fr.passerelle.media.live.UiSubscriber;
import jakarta.annotation.PreDestroy;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live channel: what changed, told to the open pages of every node. A service {@link
 * #publish}es a signal (topic, kind, subject id; never content) inside the transaction that made
 * the change. On PostgreSQL the signal is logged and sent with {@code pg_notify} in that
 * transaction, so other nodes hear it at commit (and catch it up from the log if their listening
 * connection was lost); this node's subscribers get it right after the commit. On H2 (the embedded
 * single-node run) it stays in this node. A view {@link #subscribe(Component, String, Consumer)}s
 * to the topics it shows and re-reads what a signal names through its own service, with its own
 * rights.
 */
@org.springframework.stereotype.Component
public class LiveSignals {

  /** The signal log's table and the notification channel. */
  static final String LOG_TABLE = "live_signal";

  /** The application name of each node's listening connection, followed by the node's id. */
  public static final String LISTENER_NAME = "passerelle-live-";

  private final Broadcaster broadcaster = new Broadcaster();
  private final JdbcClient jdbc;
  private final String nodeId = UUID.randomUUID().toString().substring(0, 8);
  private final @Nullable PgNotifyBridge bridge;

  LiveSignals(
      JdbcClient jdbc,
      @Value("${spring.datasource.url}") String url,
      @Value("${spring.datasource.username:}") String user,
      @Value("${spring.datasource.password:}") String password,
      @Value("${passerelle.live.channel:passerelle_live}") String channel,
      @Value("${passerelle.live.poll-millis:250}") int pollMillis,
      @Value("${passerelle.live.keep-alive:5s}") Duration keepAlive,
      @Value("${passerelle.live.catch-up-margin:60s}") Duration margin,
      @Value("${passerelle.live.reconnect-delay:200ms}") Duration reconnectDelay) {
    this.jdbc = jdbc;
    if (url.startsWith("jdbc:postgresql:")) {
      bridge =
          new PgNotifyBridge(
              () -> DriverManager.getConnection(url, listenerProperties(user, password)),
              new PgNotifyBridge.Settings(
                  channel, LOG_TABLE, pollMillis, keepAlive, margin, reconnectDelay),
              nodeId,
              broadcaster);
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

  /** The listening connection names itself, so an operator (or a test) can find it. */
  private Properties listenerProperties(String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("ApplicationName", LISTENER_NAME + nodeId);
    return properties;
  }

  /** Whether signals reach other nodes (PostgreSQL) or this node only (H2). */
  public boolean multiNode() {
    return bridge != null;
  }

  /** This node's id, as payloads and presence rows name it. */
  public String nodeId() {
    return nodeId;
  }

  /** Tells every node, once the current transaction commits (at once if there is none). */
  public void publish(String topic, String kind, long subjectId) {
    publish(new Signal(topic, kind, subjectId));
  }

  /** Tells every node, once the current transaction commits (at once if there is none). */
  public void publish(Signal signal) {
    if (bridge != null) {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(bridge.logInsertSql())
          .params(nodeId, signal.topic(), signal.kind(), signal.subjectId())
          .update(key, "id");
      long logId = key.getKeyAs(Long.class);
      bridge.sent(logId);
      jdbc.sql(PgNotifyBridge.NOTIFY_SQL)
          .params(bridge.channel(), bridge.payload(signal, logId))
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

  /** Receives the signals of exactly this topic, on a thread of its own. */
  public Subscription subscribe(String topic, Consumer<Signal> subscriber) {
    return broadcaster.subscribe(topic, subscriber);
  }

  /** Receives the signals of this topic and of every topic under it. */
  public Subscription subscribeUnder(String prefix, Consumer<Signal> subscriber) {
    return broadcaster.subscribeUnder(prefix, subscriber);
  }

  /**
   * While the component is attached, runs the handler in its UI (under the UI's lock, with that
   * page's own security context) for each signal of the topic. The registration also ends it.
   */
  public Registration subscribe(Component component, String topic, Consumer<Signal> handler) {
    return whileAttached(component, ui -> subscribe(topic, UiSubscriber.of(ui, handler)));
  }

  /** Like {@link #subscribe(Component, String, Consumer)} for a topic and all topics under it. */
  public Registration subscribeUnder(Component component, String prefix, Consumer<Signal> handler) {
    return whileAttached(component, ui -> subscribeUnder(prefix, UiSubscriber.of(ui, handler)));
  }

  private static Registration whileAttached(
      Component component, java.util.function.Function<UI, Subscription> subscribe) {
    Subscription[] current = new Subscription[1];
    Runnable stop =
        () -> {
          if (current[0] != null) {
            current[0].close();
            current[0] = null;
          }
        };
    component.getUI().ifPresent(ui -> current[0] = subscribe.apply(ui));
    Registration attach =
        component.addAttachListener(
            e -> {
              stop.run();
              current[0] = subscribe.apply(e.getUI());
            });
    Registration detach = component.addDetachListener(e -> stop.run());
    return () -> {
      attach.remove();
      detach.remove();
      stop.run();
    };
  }

  /** How many subscribers this node holds now. */
  public int subscriberCount() {
    return broadcaster.subscriberCount();
  }

  /** The cross-node bridge, for the tests that break its connection; null on H2. */
  public @Nullable PgNotifyBridge bridge() {
    return bridge;
  }

  /** Forgets the logged signals older than the catch-up can need. */
  void prune(java.time.Instant before) {
    if (bridge != null) {
      jdbc.sql(bridge.logPruneSql()).param(java.sql.Timestamp.from(before)).update();
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
