package fr.passerelle.media.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries signals between application nodes through PostgreSQL {@code LISTEN/NOTIFY}.
 *
 * <p>A sending node writes the signal to the signal log ({@link #LOG_INSERT_SQL}) and sends {@code
 * pg_notify} in the transaction that made the change, so other nodes hear of it only once it is
 * committed; this node's subscribers get it from the sender after the commit, so a node skips its
 * own notifications. A dedicated connection listens here. Every {@code keepAlive} it asks the
 * database for the time: a connection that died quietly is found within that delay and opened
 * again, and the signals of the log since the last time the old connection was known alive (less a
 * margin for transactions still committing) are delivered — each log id once.
 */
public final class PgNotifyBridge implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PgNotifyBridge.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The SQL that sends a notification; parameters: channel, payload. */
  public static final String NOTIFY_SQL = "select pg_notify(?, ?)";

  /** Ids delivered recently, so a signal heard and caught up is delivered once. */
  private static final int REMEMBERED = 50_000;

  /** Opens the dedicated listening connection. */
  @FunctionalInterface
  public interface ConnectionFactory {
    Connection open() throws SQLException;
  }

  /**
   * Where and how the bridge works.
   *
   * @param channel the notification channel
   * @param logTable the signal log (columns id, origin, topic, kind, subject_id, sent_at)
   * @param pollMillis how long one wait for notifications lasts
   * @param keepAlive how often the connection is checked
   * @param catchUpMargin how far before the last sign of life the catch-up starts
   * @param reconnectDelay how long after a lost connection the first new attempt is made (doubled
   *     after each failure, up to ten times)
   */
  public record Settings(
      String channel,
      String logTable,
      int pollMillis,
      Duration keepAlive,
      Duration catchUpMargin,
      Duration reconnectDelay) {
    public Settings {
      if (!NAME.matcher(channel).matches()) {
        throw new IllegalArgumentException("Not a channel name: " + channel);
      }
      if (!NAME.matcher(logTable).matches()) {
        throw new IllegalArgumentException("Not a table name: " + logTable);
      }
    }
  }

  private final ConnectionFactory connections;
  private final Settings settings;
  private final String nodeId;
  private final Broadcaster local;
  private final Set<Long> delivered =
      Collections.newSetFromMap(
          Collections.synchronizedMap(
              new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                  return size() > REMEMBERED;
                }
              }));
  private final AtomicInteger connectionsOpened = new AtomicInteger();
  private final AtomicLong caughtUp = new AtomicLong();
  private volatile boolean running = true;
  private volatile @Nullable Connection connection;
  private volatile @Nullable OffsetDateTime lastAlive;
  private @Nullable Thread thread;

  public PgNotifyBridge(
      ConnectionFactory connections, Settings settings, String nodeId, Broadcaster local) {
    this.connections = connections;
    this.settings = settings;
    this.nodeId = nodeId;
    this.local = local;
  }

  public String channel() {
    return settings.channel();
  }

  public String nodeId() {
    return nodeId;
  }

  /** The statement that logs a signal; parameters: origin, topic, kind, subject id. */
  public String logInsertSql() {
    return "insert into "
        + settings.logTable()
        + " (origin, topic, kind, subject_id) values (?, ?, ?, ?)";
  }

  /** The statement that forgets signals older than an instant; parameter: the instant. */
  public String logPruneSql() {
    return "delete from " + settings.logTable() + " where sent_at < ?";
  }

  /** The payload this node sends for a signal written to the log with this id. */
  public String payload(Signal signal, long logId) {
    return signal.encode(nodeId, logId);
  }

  /** Marks a signal this node sent as delivered (it delivers its own after the commit). */
  public void sent(long logId) {
    delivered.add(logId);
  }

  /** How many times the listening connection was opened (1 when it never failed). */
  public int connectionsOpened() {
    return connectionsOpened.get();
  }

  /** How many signals were delivered by a catch-up after a lost connection. */
  public long caughtUpCount() {
    return caughtUp.get();
  }

  public synchronized void start() {
    if (thread == null) {
      thread = Thread.ofPlatform().daemon().name("live-listen-" + nodeId).start(this::run);
    }
  }

  /** Waits until the bridge listens (tests and start-up). */
  public boolean awaitListening(long timeout, TimeUnit unit) throws InterruptedException {
    long end = System.nanoTime() + unit.toNanos(timeout);
    while (System.nanoTime() < end) {
      if (listening()) {
        return true;
      }
      Thread.sleep(20);
    }
    return listening();
  }

  /** Whether a listening connection is open now. */
  public boolean listening() {
    return connection != null && lastAlive != null;
  }

  /** The listening connection's backend process id, for tests that end it; -1 if none. */
  public int backendPid() {
    Connection c = connection;
    if (c == null) {
      return -1;
    }
    try {
      return c.unwrap(PGConnection.class).getBackendPID();
    } catch (SQLException e) {
      return -1;
    }
  }

  private void run() {
    long first = Math.max(10, settings.reconnectDelay().toMillis());
    long backoff = first;
    while (running) {
      try (Connection c = connections.open()) {
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
          statement.execute("LISTEN " + settings.channel());
        }
        OffsetDateTime missedSince = lastAlive;
        lastAlive = keepAlive(c);
        connection = c;
        if (connectionsOpened.incrementAndGet() > 1 && missedSince != null) {
          catchUp(c, missedSince.minus(settings.catchUpMargin()));
        }
        backoff = first;
        listen(c);
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.log(Level.WARNING, "Live bridge connection lost, again in " + backoff + " ms", e);
          sleep(backoff);
          backoff = Math.min(backoff * 2, first * 10);
        }
      } finally {
        connection = null;
      }
    }
  }

  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long nextCheck = System.nanoTime() + settings.keepAlive().toNanos();
    while (running) {
      PGNotification[] notifications = pg.getNotifications(settings.pollMillis());
      if (notifications != null) {
        for (PGNotification notification : notifications) {
          Signal.decode(notification.getParameter()).ifPresent(this::heard);
        }
      }
      if (System.nanoTime() >= nextCheck) {
        lastAlive = keepAlive(c);
        nextCheck = System.nanoTime() + settings.keepAlive().toNanos();
      }
    }
  }

  private void heard(Signal.Received received) {
    if (!received.origin().equals(nodeId) && delivered.add(received.logId())) {
      local.deliver(received.signal());
    }
  }

  private OffsetDateTime keepAlive(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select current_timestamp")) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class);
    }
  }

  private void catchUp(Connection c, OffsetDateTime since) throws SQLException {
    String sql =
        "select id, origin, topic, kind, subject_id from "
            + settings.logTable()
            + " where sent_at >= ? and origin <> ? order by id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, since);
      ps.setString(2, nodeId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          if (delivered.add(id)) {
            local.deliver(new Signal(rs.getString(3), rs.getString(4), rs.getLong(5)));
            caughtUp.incrementAndGet();
          }
        }
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
