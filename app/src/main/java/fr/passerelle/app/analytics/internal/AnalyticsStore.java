package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Comparison;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.Place;
import fr.passerelle.app.analytics.PlaceFigure;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The indicators' snapshot: computed on first use, then refreshed in the background on a schedule
 * (and on an administrator's request), so that pages read a finished snapshot and never wait for
 * the queries. No scope here: {@link fr.passerelle.app.analytics.AnalyticsService} checks it.
 */
@Component
public class AnalyticsStore {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyticsStore.class);

  private final SnapshotLoader loader;
  private final Figures figures;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  AnalyticsStore(
      JdbcTemplate jdbc,
      List<IndicatorSource> sources,
      Clock clock,
      @Value("${passerelle.analytics.small-number:5}") int threshold) {
    this.loader = new SnapshotLoader(jdbc, sources, clock);
    this.figures = new Figures(threshold);
  }

  public List<Indicator> indicators() {
    return loader.indicators();
  }

  public Indicator indicator(String key) {
    return indicators().stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("No indicator " + key));
  }

  public Instant computedAt() {
    return snapshot().computedAt();
  }

  /** Computes a new snapshot and swaps it in; readers keep the old one meanwhile. */
  @Scheduled(
      initialDelayString = "${passerelle.analytics.refresh-every:PT10M}",
      fixedDelayString = "${passerelle.analytics.refresh-every:PT10M}")
  public void refresh() {
    long start = System.nanoTime();
    current.set(loader.load());
    LOG.info("Analytics refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private Snapshot snapshot() {
    Snapshot snapshot = current.get();
    if (snapshot == null) {
      synchronized (this) {
        snapshot = current.get();
        if (snapshot == null) {
          snapshot = loader.load();
          current.set(snapshot);
        }
      }
    }
    return snapshot;
  }

  public List<Place> communes() {
    return List.copyOf(snapshot().communes().values());
  }

  public Place commune(long id) {
    return found(snapshot().communes().get(id), "commune " + id);
  }

  public Place school(long id) {
    return found(snapshot().schools().get(id), "school " + id);
  }

  public long communeOf(long schoolId) {
    return found(snapshot().communeOf().get(schoolId), "school " + schoolId);
  }

  public List<Place> schoolsOf(long communeId) {
    Snapshot s = snapshot();
    return s.schoolsOf(communeId).stream().map(s.schools()::get).toList();
  }

  /** Every commune's figure for one indicator, the small-number rule applied among communes. */
  public List<PlaceFigure> communeFigures(String key) {
    Snapshot s = snapshot();
    Indicator indicator = indicator(key);
    Map<Long, Measure> measures = new LinkedHashMap<>();
    s.communes().keySet().forEach(id -> measures.put(id, s.ofCommune(key, id)));
    Map<Long, Figure> shown = figures.ofSiblings(indicator, measures);
    return s.communes().values().stream().map(c -> new PlaceFigure(c, shown.get(c.id()))).toList();
  }

  /** The schools of one commune, the small-number rule applied among them. */
  public List<PlaceFigure> schoolFigures(String key, long communeId) {
    Snapshot s = snapshot();
    Map<Long, Figure> shown = schoolFigureMap(s, indicator(key), communeId);
    return s.schoolsOf(communeId).stream()
        .map(id -> new PlaceFigure(s.schools().get(id), shown.get(id)))
        .toList();
  }

  private Map<Long, Figure> schoolFigureMap(Snapshot s, Indicator indicator, long communeId) {
    Map<Long, Measure> measures = new LinkedHashMap<>();
    s.schoolsOf(communeId).forEach(id -> measures.put(id, s.ofSchool(indicator.key(), id)));
    return figures.ofSiblings(indicator, measures);
  }

  /** A commune against the territory and the median commune, for every indicator. */
  public List<Comparison> compareCommune(long communeId) {
    Snapshot s = snapshot();
    return s.indicators().stream()
        .map(
            indicator -> {
              List<PlaceFigure> all = communeFigures(indicator.key());
              Figure value =
                  all.stream()
                      .filter(f -> f.place().id() == communeId)
                      .findFirst()
                      .orElseThrow()
                      .figure();
              return new Comparison(
                  indicator,
                  value,
                  figures.of(indicator, s.ofTerritory(indicator.key())),
                  Figure.median(all.stream().map(PlaceFigure::figure).toList()));
            })
        .toList();
  }

  /** A school against the territory and the median school, for every indicator. */
  public List<Comparison> compareSchool(long schoolId) {
    Snapshot s = snapshot();
    long communeId = communeOf(schoolId);
    return s.indicators().stream()
        .map(
            indicator -> {
              List<Figure> everySchool =
                  s.communes().keySet().stream()
                      .flatMap(c -> schoolFigureMap(s, indicator, c).values().stream())
                      .toList();
              return new Comparison(
                  indicator,
                  schoolFigureMap(s, indicator, communeId).get(schoolId),
                  figures.of(indicator, s.ofTerritory(indicator.key())),
                  Figure.median(everySchool));
            })
        .toList();
  }

  private static <T> T found(@Nullable T value, String what) {
    if (value == null) {
      throw new NoSuchElementException("No " + what);
    }
    return value;
  }
}
