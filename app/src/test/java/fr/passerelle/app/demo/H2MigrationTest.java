package fr.passerelle.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.ClassPathInstances;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The README's run command uses the embedded H2 database: the same migrations and demo data must
 * work there, in PostgreSQL mode, as on PostgreSQL (where every other test runs).
 */
class H2MigrationTest {

  static final String URL =
      "jdbc:h2:mem:passerelle-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Test
  void migrationsAndDemoDataRunOnTheEmbeddedDatabase() throws SQLException {
    Flyway flyway =
        Flyway.configure()
            .dataSource(URL, "sa", "")
            .locations("classpath:db/migration")
            .callbacks(
                new DemoData(ClassPathInstances.of(DemoContribution.class), Clock.systemUTC()))
            .load();
    flyway.migrate();
    // A second start finds the data there and adds nothing.
    flyway.migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
      assertThat(DemoSeed.queryId(db, "select count(*) from commune")).isEqualTo(8);
      assertThat(DemoSeed.queryId(db, "select count(*) from school")).isEqualTo(12);
      assertThat(DemoSeed.queryId(db, "select count(*) from school_class")).isEqualTo(31);
      assertThat(DemoSeed.queryId(db, "select count(*) from enrolment")).isEqualTo(189);
      assertThat(DemoSeed.queryId(db, "select count(*) from accessibility_profile")).isEqualTo(3);
      assertThat(
              DemoSeed.queryId(
                  db,
                  "select count(*) from account a join account_role r on r.account_id = a.id"
                      + " where r.role = 'PARENT'"))
          .isEqualTo(188);
    }
  }
}
