package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Comparison;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.Place;
import fr.passerelle.app.analytics.PlaceFigure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The indicators' snapshot: computed once per cluster on a schedule ({@link SnapshotJob}) and on an
 * administrator's request, saved for every node ({@link SavedSnapshot}); each node serves the
 * newest it has, so that pages read a finished snapshot and never wait for the queries. Before the
 * first save (or when the saved one is older than twice the refresh period, or lacks an indicator)
 * a node computes one for itself on first use. No scope here: {@link
 * fr.passerelle.app.analytics.AnalyticsService} checks it.
 */
@Component
public class AnalyticsStore {

  private static final Logger LOG = LoggerFactory.getLogger(AnalyticsStore.class);

  /** The refresh period when none is configured. */
  static final Duration EVERY = Duration.ofMinutes(10);

  private final SnapshotLoader loader;
  private final SavedSnapshot saved;
  private final Figures figures;
  private final Clock clock;
  private final Duration every;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  @Autowired
  AnalyticsStore(
      JdbcTemplate jdbc,
      List<IndicatorSource> sources,
      Clock clock,
      @Value("${passerelle.analytics.small-number:5}") int threshold,
      @Value("${passerelle.analytics.refresh-every:PT10M}") Duration every) {
    this.loader = new SnapshotLoader(jdbc, sources, clock);
    this.saved = new SavedSnapshot(jdbc);
    this.figures = new Figures(threshold);
    this.clock = clock;
    this.every = every;
  }

  /** For tests and the benchmark: refreshed every ten minutes. */
  AnalyticsStore(JdbcTemplate jdbc, List<IndicatorSource> sources, Clock clock, int threshold) {
    this(jdbc, sources, clock, threshold, EVERY);
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

  /**
   * Computes a new snapshot and saves it for every node, in the caller's transaction; readers keep
   * the old one meanwhile.
   */
  public void refresh() {
    long start = System.nanoTime();
    Snapshot snapshot = loader.load();
    saved.save(snapshot);
    current.set(snapshot);
    LOG.info("Analytics refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  /** Whether the saved snapshot is younger than half the refresh period (no need to compute). */
  boolean savedRecently() {
    return saved
        .computedAt()
        .filter(at -> at.isAfter(clock.instant().minus(every.dividedBy(2))))
        .isPresent();
  }

  /**
   * The newest snapshot this node may serve: the saved one when it is newer than the one in hand
   * (and not stale), else the one in hand, else one computed now.
   */
  private Snapshot snapshot() {
    Snapshot inHand = current.get();
    Optional<Instant> savedAt =
        saved
            .computedAt()
            .filter(at -> inHand == null || inHand.computedAt().isBefore(at))
            .filter(at -> at.isAfter(clock.instant().minus(every.multipliedBy(2))));
    if (savedAt.isPresent()) {
      Optional<Snapshot> read = saved.read(savedAt.get(), loader.indicators());
      if (read.isPresent()) {
        current.set(read.get());
        return read.get();
      }
    }
    if (inHand != null) {
      return inHand;
    }
    synchronized (this) {
      Snapshot snapshot = current.get();
      if (snapshot == null) {
        snapshot = loader.load();
        current.set(snapshot);
      }
      return snapshot;
    }
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
