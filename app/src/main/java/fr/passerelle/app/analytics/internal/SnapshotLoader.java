package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.Place;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes a snapshot: the places, then each indicator's query once (one grouped query per
 * indicator, whatever the number of schools).
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
    Map<Long, Place> communes = new LinkedHashMap<>();
    jdbc.query(
        "select id, name, latitude, longitude from commune order by name",
        rs -> {
          communes.put(
              rs.getLong(1),
              new Place(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        });
    Map<Long, Place> schools = new LinkedHashMap<>();
    Map<Long, Long> communeOf = new HashMap<>();
    jdbc.query(
        "select id, name, commune_id from school order by name",
        rs -> {
          long communeId = rs.getLong(3);
          Place commune = communes.get(communeId);
          schools.put(
              rs.getLong(1),
              new Place(rs.getLong(1), rs.getString(2), commune.latitude(), commune.longitude()));
          communeOf.put(rs.getLong(1), communeId);
        });
    Map<String, Map<Long, Measure>> measures = new HashMap<>();
    for (Indicator indicator : indicators) {
      Map<Long, Measure> bySchool = new HashMap<>();
      try {
        jdbc.query(
            indicator.query(),
            rs -> {
              bySchool.merge(
                  rs.getLong(1), new Measure(rs.getDouble(2), rs.getDouble(3)), Measure::plus);
            });
        measures.put(indicator.key(), Map.copyOf(bySchool));
      } catch (DataAccessException e) {
        // One broken query costs its own indicator ("no data"), never the others.
        LOG.error("Indicator {} could not be computed", indicator.key(), e);
        measures.put(indicator.key(), Map.of(Snapshot.FAILED, Measure.UNKNOWN));
      }
    }
    return new Snapshot(
        clock.instant(),
        Collections.unmodifiableMap(communes),
        Collections.unmodifiableMap(schools),
        Map.copyOf(communeOf),
        indicators,
        Map.copyOf(measures));
  }
}
