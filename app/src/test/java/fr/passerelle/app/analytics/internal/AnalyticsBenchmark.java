package fr.passerelle.app.analytics.internal;

import com.zaxxer.hikari.HikariDataSource;
import fr.passerelle.app.analytics.IndicatorSource;
import fr.passerelle.app.analytics.IndicatorSources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The analytics benchmark (not part of {@code verify}): a territory of the real size in its own
 * PostgreSQL schema — 43 communes, 320 schools, 1,700 classes, 30,000 pupils of whom 1,450 with
 * declared needs, 2,000 adapted profiles, 2,800 devices and their tickets — then every indicator
 * computed cold (first snapshot), warm (later snapshots) and read from the snapshot. Run:
 *
 * <pre>
 * ./mvnw -B -pl app -am verify -Dtest=AnalyticsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DexcludedGroups=none
 * </pre>
 *
 * Every {@link IndicatorSource} on the class path is measured, so features that contribute
 * indicators are in the figures once they seed their own rows (see {@link #extraSeeds}).
 */
@Tag("benchmark")
class AnalyticsBenchmark {

  static final String SCHEMA = "analytics_bench";
  static final String[] LEVELS = {"PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"};

  @Test
  void everyIndicatorForTheWholeTerritory() throws SQLException {
    DataSource data = FreshSchema.migrated(SCHEMA);
    long seedStart = System.nanoTime();
    try (Connection db = data.getConnection()) {
      db.setAutoCommit(false);
      seed(db);
      extraSeeds(db);
      db.commit();
    }
    new JdbcTemplate(data).execute("analyze");
    System.out.printf("seeded in %d ms%n", (System.nanoTime() - seedStart) / 1_000_000);

    List<IndicatorSource> sources = IndicatorSources.all();
    // Pooled connections, as the application has: the migration's data source opens a new
    // connection per statement, which would time PostgreSQL's log-ins, not the queries.
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(FreshSchema.URL + "?currentSchema=" + SCHEMA);
    pool.setUsername("passerelle");
    pool.setPassword("passerelle");
    pool.setMaximumPoolSize(4);
    AnalyticsStore store =
        new AnalyticsStore(new JdbcTemplate(pool), sources, Clock.systemUTC(), 5);
    long cold = time(store::refresh);
    long[] warm = new long[10];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = time(store::refresh);
    }
    long[] cached = new long[1000];
    for (int i = 0; i < cached.length; i++) {
      String key = store.indicators().get(i % store.indicators().size()).key();
      cached[i] = time(() -> store.communeFigures(key));
    }
    Arrays.sort(warm);
    Arrays.sort(cached);
    System.out.printf(
        "indicators=%d sources=%d cold=%.1f ms warm p50=%.1f ms max=%.1f ms"
            + " snapshot read p50=%.3f ms p95=%.3f ms%n",
        store.indicators().size(),
        sources.size(),
        cold / 1e6,
        warm[warm.length / 2] / 1e6,
        warm[warm.length - 1] / 1e6,
        cached[cached.length / 2] / 1e6,
        cached[cached.length * 95 / 100] / 1e6);
    pool.close();
  }

  /**
   * The other features' rows the issue names: 2,800 devices spread over the schools with purchase
   * dates over eight years, and 600 tickets (half of them solved), plus class messages.
   */
  void extraSeeds(Connection db) throws SQLException {
    try (var st = db.createStatement()) {
      st.execute(
          "insert into device (school_id, kind, name, serial, purchase_date, state, created_at,"
              + " updated_at) select s.id, case when g % 7 = 0 then 'PRINTER' else 'COMPUTER' end,"
              + " 'Poste ' || g, 'SN' || g, current_date - (g % 2900),"
              + " case when g % 50 = 0 then 'RETIRED' else 'IN_SERVICE' end,"
              + " current_timestamp, current_timestamp"
              + " from generate_series(1, 2800) g join school s"
              + " on s.id = (select min(id) from school) + g % 320");
      st.execute(
          "insert into account (username, password_hash, first_name, last_name)"
              + " values ('bench.reporter', 'x', 'Référent', 'Banc')");
      st.execute(
          "insert into ticket (school_id, device_id, reporter_id, title, description, urgency,"
              + " impact, priority, status, created_at, solved_at)"
              + " select d.school_id, d.id, (select id from account where username ="
              + " 'bench.reporter'), 'Panne', 'Ne démarre plus', 3, 3, 3,"
              + " case when d.id % 2 = 0 then 'SOLVED' else 'NEW' end,"
              + " current_timestamp - interval '3' day,"
              + " case when d.id % 2 = 0 then current_timestamp else null end"
              + " from device d where d.id % 5 = 0 and d.id <= (select min(id) from device) + 3000");
    }
  }

  static long time(Runnable action) {
    long start = System.nanoTime();
    action.run();
    return System.nanoTime() - start;
  }

  static void seed(Connection db) throws SQLException {
    Random random = new Random(42);
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into commune (name, postal_code, latitude, longitude) values (?, ?, ?, ?)")) {
      for (int c = 0; c < 43; c++) {
        s.setString(1, "Commune " + c);
        s.setString(2, String.valueOf(42000 + c));
        s.setDouble(3, 45.3 + random.nextDouble() * 0.3);
        s.setDouble(4, 4.2 + random.nextDouble() * 0.4);
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into school (commune_id, uai, name, kind)"
                + " select id, ?, ?, 'PRIMARY' from commune where name = ?")) {
      for (int i = 0; i < 320; i++) {
        s.setString(1, String.format("0%06dZ", i));
        s.setString(2, "École " + i);
        // Big communes have more schools: a skewed share, like a real metropolitan area.
        s.setString(3, "Commune " + (int) (43 * Math.pow(random.nextDouble(), 2)));
        s.addBatch();
      }
      s.executeBatch();
    }
    List<Long> schools =
        new JdbcTemplate(new SingleConnectionDataSource(db, true))
            .queryForList("select id from school", Long.class);
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into school_class (school_id, name, level, school_year) values (?, ?, ?, '2026-2027')")) {
      for (int i = 0; i < 1700; i++) {
        s.setLong(1, schools.get(i % schools.size()));
        s.setString(2, "Classe " + i);
        s.setString(3, LEVELS[i % LEVELS.length]);
        s.addBatch();
      }
      s.executeBatch();
    }
    List<Long> classes =
        new JdbcTemplate(new SingleConnectionDataSource(db, true))
            .queryForList("select id from school_class order by id", Long.class);
    try (PreparedStatement account =
        db.prepareStatement(
            "insert into account (username, password_hash, first_name, last_name)"
                + " values (?, 'x', 'Élève', ?)")) {
      for (int p = 0; p < 30_000; p++) {
        account.setString(1, "bench." + p);
        account.setString(2, "Nom" + p);
        account.addBatch();
      }
      account.executeBatch();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into enrolment (pupil_id, class_id)"
                + " select id, ? from account where username = ?")) {
      for (int p = 0; p < 30_000; p++) {
        s.setLong(1, classes.get(p % classes.size()));
        s.setString(2, "bench." + p);
        s.addBatch();
      }
      s.executeBatch();
    }
    try (var st = db.createStatement()) {
      st.execute(
          "insert into pupil_need (pupil_id, need) select id, 'LARGE_PRINT' from account"
              + " where username like 'bench.%' and cast(substring(username from 7) as integer) % 20 = 0"
              + " and cast(substring(username from 7) as integer) < 29000");
      st.execute(
          "insert into accessibility_profile (account_id, theme, font, text_size, line_spacing,"
              + " letter_spacing, word_spacing, line_length, large_targets, thick_focus,"
              + " large_pointer, reduced_motion, simplified, reading_ruler, show_shortcuts,"
              + " scanning, scan_interval_ms, dwell_click, dwell_ms, captions, voice, speech_rate,"
              + " updated_at) select id, 'HIGH_CONTRAST_DARK', 'DEFAULT', 150, 1.5, 0, 0, 70,"
              + " true, false, false, false, false, false, false, false, 1500, false, 1200,"
              + " false, 'fr', 100, current_timestamp from account where username like 'bench.%'"
              + " and cast(substring(username from 7) as integer) % 15 = 0");
    }
  }
}
