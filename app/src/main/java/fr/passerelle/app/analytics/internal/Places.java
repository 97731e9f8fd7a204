package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Place;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The communes and schools the figures belong to, read as they are now.
 *
 * @param communes by id, in name order
 * @param schools by id, in name order (a school is placed at its commune)
 * @param communeOf each school's commune
 */
record Places(Map<Long, Place> communes, Map<Long, Place> schools, Map<Long, Long> communeOf) {

  static Places read(JdbcTemplate jdbc) {
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
    return new Places(
        Collections.unmodifiableMap(communes),
        Collections.unmodifiableMap(schools),
        Map.copyOf(communeOf));
  }
}
