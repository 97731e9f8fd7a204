package fr.passerelle.app.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.analytics.Comparison;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.PlaceFigure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every core indicator on a small data set whose numbers are worked out by hand, on PostgreSQL in a
 * schema of its own (the migrations, then the fixture below), with the small-number threshold of 5.
 *
 * <pre>
 * Alpha: school A1 (CP 10 pupils, CE1 8 pupils), school A2 (one class, 6 pupils)
 * Beta:  school B1 (one class, 12 pupils)
 * Gamma: school C1 (no class)
 * Needs:     A1 3 pupils (one with two needs), A2 6 pupils, B1 7 pupils
 * Profiles:  A1 2 pupils in a contrast theme, B1 5 pupils in a contrast theme, 1 of them also
 *            with large text; A2 none
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsFixtureTest {

  static final String SCHEMA = "analytics_fixture";

  AnalyticsStore store;
  JdbcTemplate jdbc;
  Map<String, Long> ids;

  @BeforeAll
  void loadFixture() {
    DataSource data = FreshSchema.migrated(SCHEMA);
    jdbc = new JdbcTemplate(data);
    commune(jdbc, "Alpha", 45.0, 4.0);
    commune(jdbc, "Beta", 45.1, 4.2);
    commune(jdbc, "Gamma", 45.2, 4.1);
    school(jdbc, "A1", "Alpha");
    school(jdbc, "A2", "Alpha");
    school(jdbc, "B1", "Beta");
    school(jdbc, "C1", "Gamma");
    List<Long> a1 = pupils(jdbc, klass(jdbc, "A1", "CP"), "a1cp", 10);
    a1 = concat(a1, pupils(jdbc, klass(jdbc, "A1", "CE1"), "a1ce1", 8));
    List<Long> a2 = pupils(jdbc, klass(jdbc, "A2", "CE2"), "a2", 6);
    List<Long> b1 = pupils(jdbc, klass(jdbc, "B1", "CM1"), "b1", 12);
    needs(jdbc, a1.subList(0, 3));
    jdbc.update("insert into pupil_need values (?, 'HEARING_SUPPORT')", a1.get(0));
    needs(jdbc, a2.subList(0, 6));
    needs(jdbc, b1.subList(0, 7));
    profiles(jdbc, a1.subList(10, 12), 100);
    profiles(jdbc, b1.subList(0, 4), 100);
    profiles(jdbc, b1.subList(4, 5), 150);
    store =
        new AnalyticsStore(
            jdbc,
            List.of(new CoreIndicators()),
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC),
            5);
    ids =
        jdbc
            .queryForList("select name, id from commune union all select name, id from school")
            .stream()
            .collect(
                Collectors.toMap(
                    r -> (String) r.get("name"), r -> ((Number) r.get("id")).longValue()));
  }

  Map<String, Figure> communes(String key) {
    return store.communeFigures(key).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  Map<String, Figure> schools(String key, String commune) {
    return store.schoolFigures(key, ids.get(commune)).stream()
        .collect(Collectors.toMap(f -> f.place().name(), PlaceFigure::figure));
  }

  Comparison compare(List<Comparison> all, String key) {
    return all.stream().filter(c -> c.indicator().key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void pupilsAndClassesAddUpPerCommuneAndTerritoryWithTheirMedians() {
    assertThat(communes("pupils"))
        .containsEntry("Alpha", Figure.shown(24))
        .containsEntry("Beta", Figure.shown(12))
        .containsEntry("Gamma", Figure.shown(0));
    assertThat(schools("pupils", "Alpha"))
        .containsEntry("A1", Figure.shown(18))
        .containsEntry("A2", Figure.shown(6));
    assertThat(communes("classes"))
        .containsEntry("Alpha", Figure.shown(3))
        .containsEntry("Beta", Figure.shown(1))
        .containsEntry("Gamma", Figure.shown(0));
    Comparison pupils = compare(store.compareCommune(ids.get("Alpha")), "pupils");
    assertThat(pupils.value()).isEqualTo(Figure.shown(24));
    assertThat(pupils.territory()).isEqualTo(Figure.shown(36));
    assertThat(pupils.median()).isEqualTo(12.0);
    // Schools 0, 6, 12, 18: the median school has 9 pupils.
    Comparison school = compare(store.compareSchool(ids.get("A2")), "pupils");
    assertThat(school.value()).isEqualTo(Figure.shown(6));
    assertThat(school.median()).isEqualTo(9.0);
  }

  @Test
  void aSmallCountIsHiddenAndSoIsTheSiblingThatWouldGiveItAway() {
    // A1 has 3 pupils with needs (hidden); A2's 6 would give A1 away from Alpha's 9: hidden too.
    assertThat(schools("pupilsWithNeeds", "Alpha"))
        .containsEntry("A1", Figure.HIDDEN)
        .containsEntry("A2", Figure.HIDDEN);
    assertThat(schools("pupilsWithNeeds", "Beta")).containsEntry("B1", Figure.shown(7));
    assertThat(communes("pupilsWithNeeds"))
        .containsEntry("Alpha", Figure.shown(9))
        .containsEntry("Beta", Figure.shown(7))
        .containsEntry("Gamma", Figure.shown(0));
    Comparison needs = compare(store.compareCommune(ids.get("Gamma")), "pupilsWithNeeds");
    assertThat(needs.territory()).isEqualTo(Figure.shown(16));
    assertThat(needs.median()).isEqualTo(7.0);
  }

  @Test
  void profileCountsAndSharesFollowTheSameRule() {
    // Alpha 2 (hidden), so Beta's 5 is hidden too: the territory's 7 would give Alpha away.
    assertThat(communes("profileContrast"))
        .containsEntry("Alpha", Figure.HIDDEN)
        .containsEntry("Beta", Figure.HIDDEN)
        .containsEntry("Gamma", Figure.shown(0));
    assertThat(compare(store.compareCommune(ids.get("Gamma")), "profileContrast").territory())
        .isEqualTo(Figure.shown(7));
    assertThat(communes("profileLargeText")).containsEntry("Beta", Figure.HIDDEN);
    assertThat(communes("adaptedProfiles"))
        .containsEntry("Alpha", Figure.HIDDEN)
        .containsEntry("Beta", Figure.HIDDEN)
        .containsEntry("Gamma", Figure.NO_DATA);
    Comparison share = compare(store.compareCommune(ids.get("Gamma")), "adaptedProfiles");
    assertThat(share.territory().value()).isCloseTo(700.0 / 36, within());
    assertThat(schools("adaptedProfiles", "Alpha")).containsEntry("A2", Figure.shown(0));
    assertThat(communes("profileSwitch")).containsEntry("Alpha", Figure.shown(0));
  }

  @Test
  void aBrokenQueryCostsOnlyItsOwnIndicator() {
    IndicatorSource broken =
        () ->
            List.of(
                new Indicator(
                    "broken", IndicatorKind.COUNT, false, "select school_id from no_such_table"));
    AnalyticsStore withBroken =
        new AnalyticsStore(jdbc, List.of(new CoreIndicators(), broken), Clock.systemUTC(), 5);
    assertThat(withBroken.communeFigures("broken"))
        .extracting(PlaceFigure::figure)
        .containsOnly(Figure.NO_DATA);
    assertThat(compare(withBroken.compareCommune(ids.get("Alpha")), "broken").territory())
        .isEqualTo(Figure.NO_DATA);
    assertThat(withBroken.communeFigures("pupils"))
        .extracting(PlaceFigure::figure)
        .contains(Figure.shown(24));
  }

  @Test
  void theSnapshotIsServedUntilARefreshSeesNewData() {
    store.refresh();
    long klass = klass(jdbc, "B1", "CM2");
    pupils(jdbc, klass, "late", 1);
    try {
      assertThat(communes("pupils")).containsEntry("Beta", Figure.shown(12));
      store.refresh();
      assertThat(communes("pupils")).containsEntry("Beta", Figure.shown(13));
    } finally {
      jdbc.update("delete from account where username like 'late.%'");
      jdbc.update("delete from school_class where id = ?", klass);
      store.refresh();
    }
    assertThat(communes("pupils")).containsEntry("Beta", Figure.shown(12));
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  static void commune(JdbcTemplate jdbc, String name, double lat, double lon) {
    jdbc.update(
        "insert into commune (name, postal_code, latitude, longitude) values (?, '42000', ?, ?)",
        name,
        lat,
        lon);
  }

  static void school(JdbcTemplate jdbc, String name, String commune) {
    jdbc.update(
        "insert into school (commune_id, uai, name, kind)"
            + " select id, ?, ?, 'PRIMARY' from commune where name = ?",
        "UAI" + name,
        name,
        commune);
  }

  static long klass(JdbcTemplate jdbc, String school, String level) {
    jdbc.update(
        "insert into school_class (school_id, name, level, school_year)"
            + " select id, ?, ?, '2026-2027' from school where name = ?",
        level,
        level,
        school);
    return jdbc.queryForObject(
        "select c.id from school_class c join school s on s.id = c.school_id"
            + " where s.name = ? and c.level = ?",
        Long.class,
        school,
        level);
  }

  static List<Long> pupils(JdbcTemplate jdbc, long classId, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      String username = prefix + "." + i;
      jdbc.update(
          "insert into account (username, password_hash, first_name, last_name)"
              + " values (?, 'x', 'Élève', ?)",
          username,
          username);
      jdbc.update(
          "insert into enrolment (pupil_id, class_id)"
              + " select id, ? from account where username = ?",
          classId,
          username);
    }
    return jdbc.queryForList(
        "select id from account where username like ? order by id", Long.class, prefix + ".%");
  }

  static void needs(JdbcTemplate jdbc, List<Long> pupils) {
    pupils.forEach(p -> jdbc.update("insert into pupil_need values (?, 'LARGE_PRINT')", p));
  }

  static void profiles(JdbcTemplate jdbc, List<Long> pupils, int textSize) {
    for (long pupil : pupils) {
      jdbc.update(
          "insert into accessibility_profile (account_id, theme, font, text_size, line_spacing,"
              + " letter_spacing, word_spacing, line_length, large_targets, thick_focus,"
              + " large_pointer, reduced_motion, simplified, reading_ruler, show_shortcuts,"
              + " scanning, scan_interval_ms, dwell_click, dwell_ms, captions, voice,"
              + " speech_rate, updated_at) values (?, 'HIGH_CONTRAST_DARK', 'DEFAULT', ?, 1.5, 0, 0,"
              + " 70, false, false, false, false, false, false, false, false, 1500, false, 1200,"
              + " false, 'fr', 100, current_timestamp)",
          pupil,
          textSize);
    }
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
