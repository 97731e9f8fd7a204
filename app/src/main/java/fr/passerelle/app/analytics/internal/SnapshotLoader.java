package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorSource;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes a snapshot: the places, then each indicator's query once (one grouped query per
 * indicator, whatever the number of schools). Inside a transaction each query runs behind a
 * savepoint, so that a broken one costs its own indicator and not the transaction (PostgreSQL
 * refuses every statement after an error until the transaction ends).
 */
public final class SnapshotLoader {

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotLoader.class);

  private final JdbcTemplate jdbc;
  private final List<Indicator> indicators;
  private final Clock clock;

  public SnapshotLoader(JdbcTemplate jdbc, List<IndicatorSource> sources, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    List<Indicator> all = new ArrayList<>();
    sources.stream()
        .sorted(Comparator.comparingInt(IndicatorSource::order))
        .forEach(s -> all.addAll(s.indicators()));
    this.indicators = List.copyOf(all);
  }

  List<Indicator> indicators() {
    return indicators;
  }

  Snapshot load() {
    Places places = Places.read(jdbc);
    Map<String, Map<Long, Measure>> measures = new HashMap<>();
    for (Indicator indicator : indicators) {
      Map<Long, Measure> bySchool = measure(indicator);
      measures.put(
          indicator.key(),
          bySchool == null ? Map.of(Snapshot.FAILED, Measure.UNKNOWN) : Map.copyOf(bySchool));
    }
    return new Snapshot(
        clock.instant().truncatedTo(ChronoUnit.MICROS), places, indicators, Map.copyOf(measures));
  }

  /** One indicator's measures by school, or null when its query failed. */
  private @Nullable Map<Long, Measure> measure(Indicator indicator) {
    return jdbc.execute(
        (ConnectionCallback<@Nullable Map<Long, Measure>>)
            connection -> {
              Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
              Map<Long, Measure> bySchool = new HashMap<>();
              try {
                jdbc.query(
                    indicator.query(),
                    rs -> {
                      bySchool.merge(
                          rs.getLong(1),
                          new Measure(rs.getDouble(2), rs.getDouble(3)),
                          Measure::plus);
                    });
              } catch (DataAccessException e) {
                // One broken query costs its own indicator ("no data"), never the others.
                LOG.error("Indicator {} could not be computed", indicator.key(), e);
                if (savepoint != null) {
                  connection.rollback(savepoint);
                }
                return null;
              }
              if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
              }
              return bySchool;
            });
  }
}
