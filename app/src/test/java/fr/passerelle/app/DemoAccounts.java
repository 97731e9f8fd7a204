package fr.passerelle.app;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up ids of the demo data by their natural keys, so tests never hard-code ids. */
public final class DemoAccounts {

  private final JdbcClient jdbc;

  public DemoAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long account(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  public long school(String uai) {
    return jdbc.sql("select id from school where uai = ?").param(uai).query(Long.class).single();
  }

  public long commune(String name) {
    return jdbc.sql("select id from commune where name = ?").param(name).query(Long.class).single();
  }

  /** The class of a level in a school, by the school's UAI. */
  public long schoolClass(String uai, String level) {
    return jdbc.sql(
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = ? and c.level = ?")
        .params(uai, level)
        .query(Long.class)
        .single();
  }

  /** A notice of the liaison book, by its title. */
  public long liaisonNotice(String title) {
    return jdbc.sql("select id from liaison_notice where title = ? order by id limit 1")
        .param(title)
        .query(Long.class)
        .single();
  }

  public long auditCount(String kind, String principal, String target) {
    return jdbc.sql(
            "select count(*) from audit_event where kind = ? and principal = ?"
                + " and (cast(? as varchar) is null or target = ?)")
        .params(kind, principal, target, target)
        .query(Long.class)
        .single();
  }
}
