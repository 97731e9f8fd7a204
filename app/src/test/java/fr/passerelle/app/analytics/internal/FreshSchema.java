package fr.passerelle.app.analytics.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PostgreSQL schema of its own in the test database, emptied and migrated, for analytics tests
 * and the benchmark that load their own territory beside the demo data.
 */
final class FreshSchema {

  static final String URL =
      System.getenv()
          .getOrDefault("ENT_DB_URL", "jdbc:postgresql://localhost:5432/passerelle_test");

  private FreshSchema() {}

  static DataSource migrated(String schema) {
    DriverManagerDataSource data =
        new DriverManagerDataSource(URL + "?currentSchema=" + schema, "passerelle", "passerelle");
    Flyway flyway =
        Flyway.configure()
            .dataSource(data)
            .schemas(schema)
            .locations("classpath:db/migration")
            .cleanDisabled(false)
            .outOfOrder(true)
            .load();
    flyway.clean();
    flyway.migrate();
    return data;
  }
}
