package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo filtering: the territory blocks adult sites, malware and phishing for good (locked), then
 * gambling, games and social networks; Jules Ferry's CP is whitelist-only (children's sites), its
 * CM2 has free research on Monday, Tuesday, Thursday and Friday 14:00–16:00; the school's network
 * is 10.42.1.0/24; the CE1 teacher has asked for an educational games site.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class FilteringDemoData implements DemoContribution {

  private final SchoolTime time;

  FilteringDemoData(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    Instant now = time.now().truncatedTo(ChronoUnit.SECONDS);
    long ferry = id(db, "select id from school where uai = '0420101A'");
    long cp =
        id(db, "select id from school_class where school_id = " + ferry + " and level = 'CP'");
    long ce1 =
        id(db, "select id from school_class where school_id = " + ferry + " and level = 'CE1'");
    long cm2 =
        id(db, "select id from school_class where school_id = " + ferry + " and level = 'CM2'");
    long territory = policy(db, "TERRITORY", null, null, Boolean.FALSE);
    String[][] rules = {
      {"BLOCK", "adult", null, "true"},
      {"BLOCK", "malware", null, "true"},
      {"BLOCK", "phishing", null, "true"},
      {"BLOCK", "local-block", null, "false"},
      {"ALLOW", "local-allow", null, "false"},
      {"BLOCK", "gambling", null, "false"},
      {"BLOCK", "games", null, "false"},
      {"BLOCK", "social_networks", null, "false"},
    };
    rules(db, territory, rules);
    long cpPolicy = policy(db, "CLASS", ferry, cp, Boolean.TRUE);
    rules(db, cpPolicy, new String[][] {{"ALLOW", "child", null, "false"}});
    long cm2Policy = policy(db, "CLASS", ferry, cm2, null);
    rules(db, cm2Policy, new String[][] {{"ALLOW", "*", "mon,tue,thu,fri 14:00-16:00", "false"}});
    try (PreparedStatement s =
        db.prepareStatement("insert into filtering_network (school_id, cidr) values (?, ?)")) {
      s.setLong(1, ferry);
      s.setString(2, "10.42.1.0/24");
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into filtering_local_entry (list, kind, entry, added_by, added_at) values (?,"
                + " ?, ?, 'admin', ?)")) {
      s.setString(1, "local-allow");
      s.setString(2, "DOMAIN");
      s.setString(3, "scratch.mit.edu");
      s.setTimestamp(4, Timestamp.from(now));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into filtering_exception (class_id, school_id, domain, reason, requested_by,"
                + " requested_at, status) values (?, ?, ?, ?, 'enseignante.ferry', ?,"
                + " 'REQUESTED')")) {
      s.setLong(1, ce1);
      s.setLong(2, ferry);
      s.setString(3, "logicieleducatif.fr");
      s.setString(4, "Jeux de calcul mental pour la séance de jeudi");
      s.setTimestamp(5, Timestamp.from(now));
      s.executeUpdate();
    }
  }

  private static long policy(
      Connection db, String scope, Long school, Long schoolClass, Boolean whitelist)
      throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into filtering_policy (scope, school_id, class_id, whitelist_only) values (?,"
                + " ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, scope);
      s.setObject(2, school);
      s.setObject(3, schoolClass);
      s.setObject(4, whitelist);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void rules(Connection db, long policy, String[][] rules) throws SQLException {
    try (PreparedStatement s =
        db.prepareStatement(
            "insert into filtering_rule (policy_id, position, action, category, time_window,"
                + " locked) values (?, ?, ?, ?, ?, ?)")) {
      int position = 1;
      for (String[] r : rules) {
        s.setLong(1, policy);
        s.setInt(2, position++);
        s.setString(3, r[0]);
        s.setString(4, r[1]);
        s.setString(5, r[2]);
        s.setBoolean(6, Boolean.parseBoolean(r[3]));
        s.executeUpdate();
      }
    }
  }

  private static long id(Connection db, String sql) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
