package fr.passerelle.app.browser;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
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

  /** Stores a profile for an account, as if the person had set it themselves now. */
  void put(long accountId, AccessibilityProfile p) {
    jdbc.sql("delete from accessibility_profile where account_id = ?").param(accountId).update();
    jdbc.sql(
            "insert into accessibility_profile (account_id, theme, font, text_size, line_spacing,"
                + " letter_spacing, word_spacing, line_length, large_targets, thick_focus,"
                + " large_pointer, reduced_motion, simplified, reading_ruler, show_shortcuts,"
                + " scanning, scan_interval_ms, dwell_click, dwell_ms, captions, voice, speech_rate,"
                + " updated_at, updated_by)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,now(),?)")
        .params(
            accountId,
            p.theme().name(),
            p.font().name(),
            p.textSize(),
            p.lineSpacing(),
            p.letterSpacing(),
            p.wordSpacing(),
            p.lineLength(),
            p.largeTargets(),
            p.thickFocus(),
            p.largePointer(),
            p.reducedMotion(),
            p.simplified(),
            p.readingRuler(),
            p.showShortcuts(),
            p.scanning(),
            p.scanIntervalMs(),
            p.dwellClick(),
            p.dwellMs(),
            p.captions(),
            p.voice(),
            p.speechRate(),
            accountId)
        .update();
  }
}
