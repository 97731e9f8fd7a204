package fr.passerelle.app.demo;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A feature's own demo data (visio sessions, messages, equipment, filter lists), written with plain
 * JDBC on the migration's connection after the territory, accounts and profiles exist, in the same
 * transaction. A contribution is a Spring bean that depends on nothing else: Flyway runs it before
 * JPA starts. Declare it {@code @ConditionalOnProperty(name = "passerelle.demo-data", havingValue =
 * "true")}.
 */
public interface DemoContribution {

  /** Lower runs first. */
  default int order() {
    return 100;
  }

  void seed(Connection db) throws SQLException;

  /** The id the query finds (the first column of its first row); fails when the row is missing. */
  static long id(Connection db, String sql) throws SQLException {
    try (java.sql.PreparedStatement st = db.prepareStatement(sql);
        java.sql.ResultSet rs = st.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("Demo data missing: " + sql);
      }
      return rs.getLong(1);
    }
  }
}
