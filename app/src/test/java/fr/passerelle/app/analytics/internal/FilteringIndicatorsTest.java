package fr.passerelle.app.analytics.internal;

import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.commune;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.school;
import static fr.passerelle.app.analytics.internal.AnalyticsFixtureTest.within;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.PlaceFigure;
import fr.passerelle.app.filtering.internal.FilteringIndicators;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The blocked-request indicators on decision counts worked out by hand, in a schema of their own.
 * Days are counted back from the database's today: the window is the last 30 days, today included.
 *
 * <pre>
 * Alpha: A1  today   adult 10 blocked; no category 90 allowed
 *            -5      games 4 blocked; social_networks 3 blocked
 *            -40     adult 100 blocked (too old)
 *        A2  -1      malware 2, phishing 1, local-block 5 blocked; no category 12 allowed
 *            -29     forums 6 blocked (last day in)
 *            -30     adult 50 blocked (first day out)
 * Beta:  B1  -2      no category 8 blocked (whitelist only), 2 allowed
 * A school that no longer exists: adult 1000 blocked (not joined)
 *
 * blocked: A1 17, A2 14, B1 8; Alpha 31, Beta 8
 * share:   A1 17/107, A2 14/26, B1 8/10; Alpha 31/133
 * adult 10 (A1); security 3 (A2); social 3 + 6 = 9; games 4; other 5 (A2) and 8 (B1)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteringIndicatorsTest {

  AnalyticsStore store;
  Map<String, Long> ids;

  @BeforeAll
  void loadFixture() {
    JdbcTemplate jdbc = new JdbcTemplate(FreshSchema.migrated("analytics_filtering"));
    commune(jdbc, "Alpha", 45.0, 4.0);
    commune(jdbc, "Beta", 45.1, 4.2);
    school(jdbc, "A1", "Alpha");
    school(jdbc, "A2", "Alpha");
    school(jdbc, "B1", "Beta");
    count(jdbc, "A1", 0, "adult", 0, 10);
    count(jdbc, "A1", 0, "", 90, 0);
    count(jdbc, "A1", 5, "games", 0, 4);
    count(jdbc, "A1", 5, "social_networks", 0, 3);
    count(jdbc, "A1", 40, "adult", 0, 100);
    count(jdbc, "A2", 1, "malware", 0, 2);
    count(jdbc, "A2", 1, "phishing", 0, 1);
    count(jdbc, "A2", 1, "local-block", 0, 5);
    count(jdbc, "A2", 1, "", 12, 0);
    count(jdbc, "A2", 29, "forums", 0, 6);
    count(jdbc, "A2", 30, "adult", 0, 50);
    count(jdbc, "B1", 2, "", 2, 8);
    jdbc.update(
        "insert into filtering_decision_count values (999999, current_date, 'adult', 0, 1000)");
    store = new AnalyticsStore(jdbc, List.of(new FilteringIndicators()), Clock.systemUTC(), 5);
    ids =
        jdbc.queryForList("select name, id from commune").stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("name"), r -> ((Number) r.get("id")).longValue()));
  }

  static void count(
      JdbcTemplate jdbc, String school, int daysAgo, String category, int allowed, int blocked) {
    jdbc.update(
        "insert into filtering_decision_count (school_id, decided_on, category, allowed, blocked)"
            + " select id, current_date - ?, ?, ?, ? from school where name = ?",
        daysAgo,
        category,
        allowed,
        blocked,
        school);
  }

  Map<String, Figure> communes(String key) {
    return store.communeFigures(key).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  Map<String, Figure> schools(String key, String commune) {
    return store.schoolFigures(key, ids.get(commune)).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  @Test
  void blockedRequestsOfTheLast30DaysPerSchoolAndCommune() {
    assertThat(schools("blockedRequests", "Alpha"))
        .containsEntry("A1", Figure.shown(17))
        .containsEntry("A2", Figure.shown(14));
    assertThat(communes("blockedRequests"))
        .containsEntry("Alpha", Figure.shown(31))
        .containsEntry("Beta", Figure.shown(8));
  }

  @Test
  void theShareIsBlockedOverAllDecisions() {
    assertThat(schools("blockedShare", "Alpha").get("A1").value())
        .isCloseTo(100.0 * 17 / 107, within());
    assertThat(schools("blockedShare", "Alpha").get("A2").value())
        .isCloseTo(100.0 * 14 / 26, within());
    assertThat(communes("blockedShare").get("Alpha").value()).isCloseTo(100.0 * 31 / 133, within());
    assertThat(communes("blockedShare")).containsEntry("Beta", Figure.shown(80));
  }

  @Test
  void eachGroupOfCategoriesCountsItsOwnAndOtherTakesTheRest() {
    assertThat(communes("blockedAdult"))
        .containsEntry("Alpha", Figure.shown(10))
        .containsEntry("Beta", Figure.shown(0));
    assertThat(schools("blockedSecurity", "Alpha")).containsEntry("A2", Figure.shown(3));
    assertThat(schools("blockedSocial", "Alpha"))
        .containsEntry("A1", Figure.shown(3))
        .containsEntry("A2", Figure.shown(6));
    assertThat(communes("blockedGames")).containsEntry("Alpha", Figure.shown(4));
    assertThat(communes("blockedOther"))
        .containsEntry("Alpha", Figure.shown(5))
        .containsEntry("Beta", Figure.shown(8));
  }
}
