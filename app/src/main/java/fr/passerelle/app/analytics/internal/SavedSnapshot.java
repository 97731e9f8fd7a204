package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Indicator;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The snapshot as it is saved for every node: when it was computed, each indicator (and whether its
 * query failed), each school's numerator and denominator. A save replaces the whole of it, under
 * the lock of the snapshot's one row, inside the caller's transaction.
 */
final class SavedSnapshot {

  private final JdbcTemplate jdbc;

  SavedSnapshot(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** When the saved snapshot was computed; empty when none was ever saved. */
  Optional<Instant> computedAt() {
    return jdbc
        .query(
            "select computed_at from analytics_snapshot where id = 1",
            (rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .stream()
        .findFirst()
        .flatMap(at -> at);
  }

  void save(Snapshot snapshot) {
    // The row lock first: a second save waits until this one is committed.
    jdbc.update(
        "update analytics_snapshot set computed_at = ? where id = 1",
        Timestamp.from(snapshot.computedAt()));
    jdbc.update("delete from analytics_measure");
    jdbc.update("delete from analytics_indicator");
    List<Object[]> indicators = new ArrayList<>();
    List<Object[]> measures = new ArrayList<>();
    for (Indicator indicator : snapshot.indicators()) {
      boolean failed = snapshot.failed(indicator.key());
      indicators.add(new Object[] {indicator.key(), failed});
      if (!failed) {
        snapshot
            .measures()
            .get(indicator.key())
            .forEach(
                (school, m) ->
                    measures.add(
                        new Object[] {indicator.key(), school, m.numerator(), m.denominator()}));
      }
    }
    jdbc.batchUpdate(
        "insert into analytics_indicator (indicator_key, failed) values (?, ?)", indicators);
    jdbc.batchUpdate(
        "insert into analytics_measure (indicator_key, school_id, numerator, denominator)"
            + " values (?, ?, ?, ?)",
        measures);
  }

  /**
   * The saved snapshot for these indicators, with the places as they are now; empty when it lacks
   * one of them (an indicator added since it was saved: it is computed afresh instead).
   */
  Optional<Snapshot> read(Instant computedAt, List<Indicator> indicators) {
    Map<String, Boolean> failed = new HashMap<>();
    jdbc.query(
        "select indicator_key, failed from analytics_indicator",
        rs -> {
          failed.put(rs.getString(1), rs.getBoolean(2));
        });
    if (!indicators.stream().map(Indicator::key).allMatch(failed::containsKey)) {
      return Optional.empty();
    }
    Map<String, Map<Long, Measure>> measures =
        indicators.stream()
            .collect(
                Collectors.toMap(
                    Indicator::key,
                    i ->
                        failed.get(i.key())
                            ? Map.of(Snapshot.FAILED, Measure.UNKNOWN)
                            : new HashMap<>()));
    jdbc.query(
        "select indicator_key, school_id, numerator, denominator from analytics_measure",
        rs -> {
          Map<Long, Measure> bySchool = measures.get(rs.getString(1));
          if (bySchool != null && !bySchool.containsKey(Snapshot.FAILED)) {
            bySchool.put(rs.getLong(2), new Measure(rs.getDouble(3), rs.getDouble(4)));
          }
        });
    Map<String, Map<Long, Measure>> frozen = new HashMap<>();
    measures.forEach((key, bySchool) -> frozen.put(key, Map.copyOf(bySchool)));
    return Optional.of(new Snapshot(computedAt, Places.read(jdbc), indicators, Map.copyOf(frozen)));
  }
}
