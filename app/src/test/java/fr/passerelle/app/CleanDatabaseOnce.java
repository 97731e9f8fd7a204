package fr.passerelle.app;

import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Each test run starts from an empty test database, migrated and filled with the demo data. The
 * first Spring context of the JVM cleans; later contexts only migrate (nothing to do).
 */
@Component
@Profile("test")
class CleanDatabaseOnce implements FlywayMigrationStrategy {

  private static final AtomicBoolean CLEANED = new AtomicBoolean();

  /** A second node started by a test joins the database as it is (see {@code SecondNode}). */
  private final boolean clean;

  CleanDatabaseOnce(@Value("${passerelle.test.clean-database:true}") boolean clean) {
    this.clean = clean;
  }

  @Override
  public void migrate(Flyway flyway) {
    if (clean && CLEANED.compareAndSet(false, true)) {
      flyway.clean();
    }
    flyway.migrate();
  }
}
