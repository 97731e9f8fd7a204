package fr.passerelle.app.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account's stored accessibility profile, kept as it is and put back exactly afterwards (the
 * same values, the same author and time of the last change; or no row at all if there was none), so
 * a test that changes a profile leaves no trace whatever order the tests run in.
 */
final class ProfileRows {

  /** The stored row of one account as it was, if it had one. */
  record Saved(long accountId, Optional<Map<String, Object>> row) {}

  private final JdbcClient jdbc;

  ProfileRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Saved save(long accountId) {
    List<Map<String, Object>> rows =
        jdbc.sql("select * from accessibility_profile where account_id = ?")
            .param(accountId)
            .query()
            .listOfRows();
    return new Saved(accountId, rows.stream().findFirst());
  }

  void restore(Saved saved) {
    jdbc.sql("delete from accessibility_profile where account_id = ?")
        .param(saved.accountId())
        .update();
    saved
        .row()
        .ifPresent(
            row -> {
              List<String> columns = new ArrayList<>(row.keySet());
              jdbc.sql(
                      "insert into accessibility_profile ("
                          + String.join(", ", columns)
                          + ") values ("
                          + String.join(", ", columns.stream().map(c -> "?").toList())
                          + ")")
                  .params(columns.stream().map(row::get).toList())
                  .update();
            });
  }

  /** The scanning interval of an account that has a stored profile (a slow switch user's). */
  void setScanInterval(long accountId, int milliseconds) {
    int updated =
        jdbc.sql("update accessibility_profile set scan_interval_ms = ? where account_id = ?")
            .params(milliseconds, accountId)
            .update();
    if (updated != 1) {
      throw new IllegalStateException("account " + accountId + " has no stored profile");
    }
  }
}
