package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.Place;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every indicator's per-school measures at one instant, with the places they belong to. Immutable:
 * a refresh builds a new one and swaps it in.
 *
 * @param places the communes and schools, as they were when it was read
 * @param measures by indicator key, then by school id
 */
record Snapshot(
    Instant computedAt,
    Places places,
    List<Indicator> indicators,
    Map<String, Map<Long, Measure>> measures) {

  /** The key under which an indicator whose query failed holds {@link Measure#UNKNOWN}. */
  static final long FAILED = -1;

  Map<Long, Place> communes() {
    return places.communes();
  }

  Map<Long, Place> schools() {
    return places.schools();
  }

  Map<Long, Long> communeOf() {
    return places.communeOf();
  }

  boolean failed(String key) {
    return measures.get(key).containsKey(FAILED);
  }

  Measure ofSchool(String key, long schoolId) {
    Map<Long, Measure> bySchool = measures.get(key);
    return bySchool.containsKey(FAILED)
        ? Measure.UNKNOWN
        : bySchool.getOrDefault(schoolId, Measure.ZERO);
  }

  Measure ofCommune(String key, long communeId) {
    Measure sum = Measure.ZERO;
    for (Map.Entry<Long, Long> school : communeOf().entrySet()) {
      if (school.getValue() == communeId) {
        sum = sum.plus(ofSchool(key, school.getKey()));
      }
    }
    return sum;
  }

  Measure ofTerritory(String key) {
    Measure sum = Measure.ZERO;
    for (long schoolId : schools().keySet()) {
      sum = sum.plus(ofSchool(key, schoolId));
    }
    return sum;
  }

  List<Long> schoolsOf(long communeId) {
    return schools().keySet().stream().filter(id -> communeOf().get(id) == communeId).toList();
  }
}
