package fr.passerelle.app.filtering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.filtering.Explanation;
import fr.passerelle.app.platform.SchoolTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes count the decisions they answered and flush them at the same moments into the same
 * rows, and read the Squid helpers' files from one shared folder: every decision is in the table
 * once, none lost, none twice.
 */
@PasserelleTest
@BothDatabases
class DecisionCountsTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcClient client;
  @Autowired TransactionTemplate transactions;
  @Autowired SchoolTime time;

  @Test
  void twoNodesFlushingTogetherNeitherLoseNorDoubleACount(@TempDir Path shared) throws Exception {
    long school = new DemoAccounts(client).school("0420101A");
    jdbc.update("delete from filtering_decision_count where decided_on = date '2020-04-06'");
    DecisionCounts a = new DecisionCounts(jdbc, transactions, time, shared);
    DecisionCounts b = new DecisionCounts(jdbc, transactions, time, shared);
    Files.createDirectories(a.helperCountsFolder());
    Files.writeString(
        a.helperCountsFolder().resolve("counts-7-1.tsv"),
        school + "\t2020-04-06\tgames\t5\t0\n" + school + "\t2020-04-06\tchat\t0\t9\n");
    Instant monday = Instant.parse("2020-04-06T09:00:00Z");
    int rounds = 8;
    int perRound = 50;
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<Void> nodeA =
        CompletableFuture.runAsync(() -> node(a, school, monday, rounds, perRound, together));
    CompletableFuture<Void> nodeB =
        CompletableFuture.runAsync(() -> node(b, school, monday, rounds, perRound, together));
    nodeA.get();
    nodeB.get();
    // A batch refused by the other node's row is kept for the next flush, not lost.
    for (int i = 0; i < 10 && a.pending() + b.pending() > 0; i++) {
      a.flush();
      b.flush();
    }

    assertThat(a.pending() + b.pending()).isZero();
    List<String> expected = new java.util.ArrayList<>();
    expected.add("chat 0 9");
    expected.add("games 5 " + 2 * rounds * perRound);
    for (int round = 0; round < rounds; round++) {
      expected.add("round" + round + " 0 " + 2 * perRound);
    }
    assertThat(
            jdbc.query(
                "select category, allowed, blocked from filtering_decision_count"
                    + " where decided_on = date '2020-04-06' and school_id = ?",
                (rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3),
                school))
        .as("each node's decisions once, the helper file once")
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(Files.list(a.helperCountsFolder()).toList()).isEmpty();
  }

  private static void node(
      DecisionCounts counts,
      long school,
      Instant at,
      int rounds,
      int perRound,
      CyclicBarrier together) {
    try {
      for (int round = 0; round < rounds; round++) {
        // A row both have and a new one both create at the same moment.
        for (int i = 0; i < perRound; i++) {
          counts.record(blocked(school, "games"), at);
          counts.record(blocked(school, "round" + round), at);
        }
        together.await();
        counts.flush();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Explanation blocked(long school, String category) {
    return new Explanation(
        "https://jeux.example/",
        false,
        1,
        "territory",
        "block " + category,
        category,
        "jeux.example",
        school,
        null,
        List.of());
  }
}
