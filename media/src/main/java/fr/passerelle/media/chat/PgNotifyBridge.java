package fr.passerelle.media.chat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries chat signals between application nodes through PostgreSQL {@code LISTEN/NOTIFY}. Each
 * node sends {@code pg_notify(channel, payload)} in the transaction that wrote the message, so
 * other nodes hear of it only once it is committed; a dedicated connection here listens and hands
 * what other nodes sent to the local {@link Broadcaster}. A node's own notifications are skipped
 * (it delivered them itself after the commit). The connection is re-opened after a failure.
 */
public final class PgNotifyBridge implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PgNotifyBridge.class.getName());
  private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The SQL that sends a notification; parameters: channel, payload. */
  public static final String NOTIFY_SQL = "select pg_notify(?, ?)";

  /** Opens the dedicated listening connection. */
  @FunctionalInterface
  public interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  private final ConnectionFactory connections;
  private final String channel;
  private final String nodeId;
  private final Broadcaster local;
  private final int pollMillis;
  private final CountDownLatch listening = new CountDownLatch(1);
  private volatile boolean running = true;
  private volatile Connection connection;
  private Thread thread;

  public PgNotifyBridge(
      ConnectionFactory connections,
      String channel,
      String nodeId,
      Broadcaster local,
      int pollMillis) {
    if (!CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException("Not a channel name: " + channel);
    }
    this.connections = connections;
    this.channel = channel;
    this.nodeId = nodeId;
    this.local = local;
    this.pollMillis = pollMillis;
  }

  public String channel() {
    return channel;
  }

  public String nodeId() {
    return nodeId;
  }

  /** The payload this node sends for a signal. */
  public String payload(ChatSignal signal) {
    return signal.encode(nodeId);
  }

  public synchronized void start() {
    if (thread == null) {
      thread = Thread.ofPlatform().daemon().name("chat-listen-" + nodeId).start(this::run);
    }
  }

  /** Waits until the bridge listens (tests and start-up). */
  public boolean awaitListening(long timeout, TimeUnit unit) throws InterruptedException {
    return listening.await(timeout, unit);
  }

  private void run() {
    long backoff = 500;
    while (running) {
      try (Connection c = connections.open()) {
        connection = c;
        try (Statement statement = c.createStatement()) {
          statement.execute("LISTEN " + channel);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listening.countDown();
        backoff = 500;
        while (running) {
          PGNotification[] notifications = pg.getNotifications(pollMillis);
          if (notifications == null) {
            continue;
          }
          for (PGNotification notification : notifications) {
            ChatSignal.decode(notification.getParameter())
                .filter(r -> !r.origin().equals(nodeId))
                .ifPresent(r -> local.deliver(r.signal()));
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "Chat bridge connection lost, retrying in " + backoff + " ms", e);
          sleep(backoff);
          backoff = Math.min(backoff * 2, 10_000);
        }
      } finally {
        connection = null;
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Closing anyway.
      }
    }
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
