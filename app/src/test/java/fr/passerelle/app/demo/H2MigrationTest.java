package fr.passerelle.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The README's run command uses the embedded H2 database: the same migrations and demo data must
 * work there, in PostgreSQL mode, as on PostgreSQL (where every other test runs).
 */
class H2MigrationTest {

  static final String URL =
      "jdbc:h2:mem:passerelle-h2-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  /** Every feature's demo data, found on the class path as the application would. */
  static List<DemoContribution> allContributions() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(DemoContribution.class));
    List<DemoContribution> found = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passerelle.app")) {
      try {
        found.add(
            (DemoContribution)
                Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(
            "A demo contribution needs a constructor without arguments", e);
      }
    }
    return found;
  }

  @Test
  void migrationsAndDemoDataRunOnTheEmbeddedDatabase() throws SQLException {
    Flyway flyway =
        Flyway.configure()
            .dataSource(URL, "sa", "")
            .locations("classpath:db/migration")
            .callbacks(new DemoData(allContributions()))
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
