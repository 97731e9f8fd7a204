package fr.passerelle.app.analytics.internal;

import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.commune;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.klass;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.pupils;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.school;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.PlaceFigure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The snapshot computed by one node is saved and served by the others (two stores on one PostgreSQL
 * schema stand for two nodes), inside a transaction as the scheduled job and the administrator's
 * refresh run it: a broken indicator query costs only its own indicator there too. Each test's
 * transaction is rolled back.
 *
 * <pre>
 * Alpha: school A1 (one class, 6 pupils); Beta: school B1 (one class, 4 pupils)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSnapshotTest {

  static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

  static final IndicatorSource BROKEN =
      () ->
          List.of(
              new Indicator(
                  "broken", IndicatorKind.COUNT, false, "select school_id from no_such_table"));

  JdbcTemplate jdbc;
  TransactionTemplate transaction;

  @BeforeAll
  void loadFixture() {
    jdbc = new JdbcTemplate(FreshSchema.migrated("analytics_saved"));
    transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    commune(jdbc, "Alpha", 45.0, 4.0);
    commune(jdbc, "Beta", 45.1, 4.2);
    school(jdbc, "A1", "Alpha");
    school(jdbc, "B1", "Beta");
    pupils(jdbc, klass(jdbc, "A1", "CP"), "a1", 6);
    pupils(jdbc, klass(jdbc, "B1", "CE1"), "b1", 4);
  }

  AnalyticsStore node(Instant now) {
    return new AnalyticsStore(
        jdbc,
        List.of(new CoreIndicators(), BROKEN),
        Clock.fixed(now, ZoneOffset.UTC),
        5,
        Duration.ofMinutes(10));
  }

  static Map<String, Figure> communes(AnalyticsStore store, String key) {
    return store.communeFigures(key).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  void rolledBack(Runnable test) {
    transaction.executeWithoutResult(
        status -> {
          try {
            test.run();
          } finally {
            status.setRollbackOnly();
          }
        });
  }

  @Test
  void anotherNodeServesTheSavedSnapshotUntilANewerOneIsSaved() {
    rolledBack(
        () -> {
          AnalyticsStore first = node(AT);
          first.refresh();
          // A pupil arrives after the save: a node computing for itself would count 5 in Beta.
          pupils(jdbc, klass(jdbc, "B1", "CM1"), "late", 1);
          AnalyticsStore second = node(AT.plusSeconds(60));
          assertThat(communes(second, "pupils"))
              .containsEntry("Alpha", Figure.shown(6))
              .containsEntry("Beta", Figure.shown(4));
          assertThat(second.computedAt()).isEqualTo(AT);
          // The broken indicator was saved as failed: no data, on every node.
          assertThat(communes(second, "broken")).containsOnlyKeys("Alpha", "Beta");
          assertThat(communes(second, "broken").values()).containsOnly(Figure.NO_DATA);

          node(AT.plusSeconds(120)).refresh();
          assertThat(communes(second, "pupils")).containsEntry("Beta", Figure.shown(5));
          assertThat(second.computedAt()).isEqualTo(AT.plusSeconds(120));
        });
  }

  @Test
  void theJobSkipsARecentSaveAndNodesIgnoreAStaleOne() {
    rolledBack(
        () -> {
          node(AT).refresh();
          assertThat(node(AT.plus(Duration.ofMinutes(4))).savedRecently()).isTrue();
          assertThat(node(AT.plus(Duration.ofMinutes(6))).savedRecently()).isFalse();
          pupils(jdbc, klass(jdbc, "B1", "CM2"), "later", 2);
          // Older than two periods: a node computes its own rather than serve it.
          AnalyticsStore late = node(AT.plus(Duration.ofMinutes(21)));
          assertThat(communes(late, "pupils")).containsEntry("Beta", Figure.shown(6));
          assertThat(late.computedAt()).isEqualTo(AT.plus(Duration.ofMinutes(21)));
        });
  }
}
