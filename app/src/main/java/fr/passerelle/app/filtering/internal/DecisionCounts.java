package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.filtering.Explanation;
import fr.passerelle.app.platform.SchoolTime;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many requests the decision API allowed and blocked, per school, day and category: counted in
 * memory on the request path (one map update, no database), written in one batch every minute and
 * when the application stops. Nothing about the request itself is kept: no address, no client, no
 * person, no class. Decisions whose school is unknown are not counted. Squid helpers started with
 * {@code --counts} write the same counts to files, which are added from {@code <data-dir>/counts}.
 *
 * <p>Several nodes: each node counts the decisions it answered (per node by nature) and flushes its
 * own counts, so the flush runs on every node, not once per cluster. The flush adds (a standard
 * {@code MERGE}: existing row plus this node's count) in one transaction, in key order: either
 * every row of the batch is written, or none is and the counts are kept for the next time (two
 * nodes creating the same row at once: one fails on the primary key, retries a minute later).
 * Nothing is lost or counted twice. A helper file is claimed by an atomic rename before it is read,
 * so a folder shared by several nodes is read by one of them only.
 */
@Component
public class DecisionCounts {

  private static final Logger LOG = LoggerFactory.getLogger(DecisionCounts.class);

  /** What is counted together. */
  record Key(long school, LocalDate day, String category) {}

  private final ConcurrentHashMap<Key, long[]> counts = new ConcurrentHashMap<>();
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final SchoolTime time;
  private final Path helperCounts;
  private final String node = UUID.randomUUID().toString().substring(0, 8);

  DecisionCounts(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      SchoolTime time,
      @Value("${passerelle.filtering.data-dir:./data/filtering}") Path dataDir) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.time = time;
    this.helperCounts = dataDir.resolve("counts");
  }

  /** Where Squid helpers' count files ({@code --counts}) are collected. */
  public Path helperCountsFolder() {
    return helperCounts;
  }

  /**
   * Adds the files Squid helpers wrote ({@code counts-*.tsv}: school, day, category, allowed,
   * blocked, tab-separated) to the counts, and deletes them. A line that does not read is skipped.
   */
  void collectHelperFiles() {
    if (!Files.isDirectory(helperCounts)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(helperCounts)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList();
    } catch (IOException e) {
      LOG.warn("Squid helper counts not read: {}", e.toString());
      return;
    }
    for (Path file : files) {
      Path claimed = file.resolveSibling(file.getFileName() + ".claimed-" + node);
      try {
        Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        continue; // another node took it (or it is gone): not this node's to count
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(claimed);
      } catch (IOException e) {
        LOG.warn("Squid helper counts {} not read: {}", file, e.toString());
        giveBack(claimed, file);
        continue;
      }
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        try {
          if (f.length == 5 && f[2].length() <= 64) {
            add(
                new Key(Long.parseLong(f[0]), LocalDate.parse(f[1]), f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]));
          }
        } catch (RuntimeException e) {
          LOG.debug("Squid helper count line skipped: {}", line);
        }
      }
      try {
        Files.delete(claimed);
      } catch (IOException e) {
        // Counted already; the claimed name keeps every node from counting it again.
        LOG.warn("Squid helper counts {} read but not deleted: {}", claimed, e.toString());
      }
    }
  }

  /** Puts back a claimed file that could not be read, for the next time. */
  private static void giveBack(Path claimed, Path file) {
    try {
      Files.move(claimed, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Squid helper counts {} left as {}: {}", file, claimed, e.toString());
    }
  }

  /** Counts one decision of the API, at the time it was asked about. */
  public void record(Explanation decision, Instant at) {
    Long school = decision.schoolId();
    if (school == null) {
      return;
    }
    String category = decision.category() == null ? "" : decision.category();
    add(
        new Key(school, time.dateOf(at), category),
        decision.allowed() ? 1 : 0,
        decision.allowed() ? 0 : 1);
  }

  private void add(Key key, long allowed, long blocked) {
    // compute() holds the key while it adds, as remove() does in flush(): no count is lost.
    counts.compute(
        key,
        (k, v) -> {
          long[] c = v == null ? new long[2] : v;
          c[0] += allowed;
          c[1] += blocked;
          return c;
        });
  }

  /** Adds the counts of the last minute to the table; kept for the next time if it fails. */
  @Scheduled(
      fixedDelayString = "${passerelle.filtering.counts-flush-ms:60000}",
      initialDelayString = "${passerelle.filtering.counts-flush-ms:60000}")
  @PreDestroy
  public synchronized void flush() {
    collectHelperFiles();
    List<Object[]> rows = new ArrayList<>();
    // In key order, so that two nodes flushing at once lock the same rows in the same order.
    List<Key> keys =
        counts.keySet().stream()
            .sorted(
                Comparator.comparingLong(Key::school)
                    .thenComparing(Key::day)
                    .thenComparing(Key::category))
            .toList();
    for (Key key : keys) {
      long[] c = counts.remove(key);
      if (c != null) {
        rows.add(new Object[] {key.school(), Date.valueOf(key.day()), key.category(), c[0], c[1]});
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    try {
      // Standard MERGE (PostgreSQL 15 and H2 both run it, ADR 0022), the whole batch in one
      // transaction: written entirely, or not at all and kept for the next time.
      transactions.executeWithoutResult(
          status ->
              jdbc.batchUpdate(
                  "merge into filtering_decision_count c using (select cast(? as bigint) as"
                      + " school_id, cast(? as date) as decided_on, cast(? as varchar(64)) as"
                      + " category, cast(? as bigint) as allowed, cast(? as bigint) as blocked) n"
                      + " on c.school_id = n.school_id and c.decided_on = n.decided_on"
                      + " and c.category = n.category"
                      + " when matched then update set allowed = c.allowed + n.allowed,"
                      + " blocked = c.blocked + n.blocked"
                      + " when not matched then insert (school_id, decided_on, category, allowed,"
                      + " blocked) values (n.school_id, n.decided_on, n.category, n.allowed,"
                      + " n.blocked)",
                  rows));
    } catch (DataAccessException | TransactionException e) {
      LOG.warn("Filtering decision counts not written, kept for the next time: {}", e.toString());
      for (Object[] r : rows) {
        add(
            new Key((Long) r[0], ((Date) r[1]).toLocalDate(), (String) r[2]),
            (Long) r[3],
            (Long) r[4]);
      }
    }
  }

  /** Decisions counted and not written yet. */
  long pending() {
    return counts.values().stream().mapToLong(c -> c[0] + c[1]).sum();
  }
}
