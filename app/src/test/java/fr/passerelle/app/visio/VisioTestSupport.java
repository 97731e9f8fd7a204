package fr.passerelle.app.visio;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.SettableClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo ids, Paris times and the sessions a test created, removed afterwards. */
final class VisioTestSupport {

  static final String FERRY = "0420101A";

  /** The schools' zone the tests run in (the default of {@code passerelle.time-zone}). */
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  static final LocalDateTime MONDAY_9 = LocalDateTime.of(2030, 1, 7, 9, 0);

  final JdbcClient jdbc;
  final DemoAccounts demo;
  final SettableClock clock;
  final List<Long> created = new ArrayList<>();

  VisioTestSupport(JdbcClient jdbc, SettableClock clock) {
    this.jdbc = jdbc;
    this.demo = new DemoAccounts(jdbc);
    this.clock = clock;
  }

  long ce1() {
    return demo.schoolClass(FERRY, "CE1");
  }

  static Instant paris(LocalDateTime time) {
    return time.atZone(PARIS).toInstant();
  }

  void at(LocalDateTime parisTime) {
    clock.set(paris(parisTime));
  }

  long track(long sessionId) {
    created.add(sessionId);
    return sessionId;
  }

  String room(long sessionId) {
    return jdbc.sql("select room_name from visio_session where id = ?")
        .param(sessionId)
        .query(String.class)
        .single();
  }

  long refusals(String principal, String detail) {
    return jdbc.sql(
            "select count(*) from audit_event where kind = 'VISIO_TOKEN_REFUSED'"
                + " and principal = ? and detail = ?")
        .params(principal, detail)
        .query(Long.class)
        .single();
  }

  void cleanUp() {
    clock.reset();
    for (long id : created) {
      jdbc.sql("delete from visio_call where session_id = ?").param(id).update();
      jdbc.sql("delete from visio_session where id = ?").param(id).update();
    }
    created.clear();
  }
}
