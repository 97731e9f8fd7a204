package fr.passerelle.app.platform;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work that must run once per cluster, not once per node (a nightly purge, a mail round): each run
 * takes a PostgreSQL transaction-level advisory lock named after the job; a node that does not get
 * it skips the run, the node that has it holds it until its transaction ends. On H2 (the embedded
 * run, one node) the work simply runs.
 */
@Component
public class ClusterOnce {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final boolean postgres;

  ClusterOnce(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${spring.datasource.url}") String url) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.postgres = url.startsWith("jdbc:postgresql:");
  }

  /**
   * Runs the job in a transaction if no other node runs it now.
   *
   * @return whether this node ran it
   */
  public boolean run(String job, Runnable work) {
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              if (!lock(job)) {
                return false;
              }
              work.run();
              return true;
            }));
  }

  /** Like {@link #run(String, Runnable)} with a result; null when another node ran it. */
  public <T> @org.jspecify.annotations.Nullable T call(String job, Supplier<T> work) {
    return transaction.execute(status -> lock(job) ? work.get() : null);
  }

  private boolean lock(String job) {
    if (!postgres) {
      return true;
    }
    return Boolean.TRUE.equals(
        jdbc.sql("select pg_try_advisory_xact_lock(?)")
            .param((long) ("passerelle:" + job).hashCode())
            .query(Boolean.class)
            .single());
  }
}
