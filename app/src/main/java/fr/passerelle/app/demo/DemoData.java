package fr.passerelle.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data after Flyway has migrated an empty database, when {@code
 * passerelle.demo-data=true} (the default of the embedded run and of the tests, never of the {@code
 * postgres} profile unless {@code ENT_DEMO_DATA=true}). A callback rather than a versioned
 * migration: the schema's own migrations keep their order, and the demo can be left out later.
 * Every demo account has the password {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class DemoData implements Callback {

  public static final String PASSWORD = "demo2026";

  private final List<DemoContribution> contributions;
  private final Clock clock;

  /**
   * @param clock the application's clock (tests set it): the demo's own dates are read from it
   */
  public DemoData(List<DemoContribution> contributions, Clock clock) {
    this.contributions =
        contributions.stream().sorted(Comparator.comparingInt(DemoContribution::order)).toList();
    this.clock = clock;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.AFTER_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection db = context.getConnection();
    try {
      if (DemoSeed.queryId(db, "select count(*) from account") > 0) {
        return;
      }
      boolean autoCommit = db.getAutoCommit();
      db.setAutoCommit(false);
      try {
        new DemoSeed().run(db);
        DemoProfiles.run(db, clock.instant());
        for (DemoContribution contribution : contributions) {
          contribution.seed(db);
        }
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not load the demo data", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "demo-data";
  }
}
