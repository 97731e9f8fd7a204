package fr.passerelle.app;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Module events are delivered after the publisher's commit, on a thread of their own (ADR 0024):
 * tests that look at what a listener did wait for its publications to be completed (the registry
 * removes a publication once its listener is done).
 */
public final class ModuleEvents {

  private ModuleEvents() {}

  /** Waits until no publication to a listener whose id contains this text is left to complete. */
  public static void awaitCompleted(JdbcClient jdbc, String listener) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> incomplete(jdbc, listener) == 0);
  }

  /** How many publications to a listener whose id contains this text are not completed. */
  public static long incomplete(JdbcClient jdbc, String listener) {
    return jdbc.sql(
            "select count(*) from event_publication where completion_date is null"
                + " and listener_id like ?")
        .param("%" + listener + "%")
        .query(Long.class)
        .single();
  }
}
