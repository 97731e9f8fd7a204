package fr.passerelle.app;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The few rows a module test needs, written once (whatever the database held before): a commune, a
 * school, a class with its teacher, a pupil and a parent who gets e-mails at once. A module test
 * starts only its modules, not the demo data.
 */
public final class ModuleTestData {

  public static final String UAI = "0999901Z";
  public static final String TEACHER = "module.enseignante";
  public static final String PUPIL = "module.eleve";
  public static final String PARENT = "module.parent";
  public static final String PARENT_EMAIL = "module.parent@example.org";

  public final long classId;
  public final long teacherId;
  public final long pupilId;
  public final long parentId;

  private ModuleTestData(long classId, long teacherId, long pupilId, long parentId) {
    this.classId = classId;
    this.teacherId = teacherId;
    this.pupilId = pupilId;
    this.parentId = parentId;
  }

  public static synchronized ModuleTestData ensure(JdbcClient jdbc) {
    if (count(jdbc, "select count(*) from school where uai = ?", UAI) == 0) {
      jdbc.sql(
              "insert into commune (name, postal_code, latitude, longitude)"
                  + " values ('Commune des tests de modules', '42999', 45.4, 4.3)")
          .update();
      jdbc.sql(
              "insert into school (commune_id, uai, name, kind) select id, ?, 'École des tests',"
                  + " 'ELEMENTARY' from commune where name = 'Commune des tests de modules'")
          .param(UAI)
          .update();
      jdbc.sql(
              "insert into school_class (school_id, name, level, school_year)"
                  + " select id, 'CE1', 'CE1', '2026-2027' from school where uai = ?")
          .param(UAI)
          .update();
      account(jdbc, TEACHER, "Claire", "Module", "TEACHER");
      account(jdbc, PUPIL, "Zoé", "Module", "PUPIL");
      account(jdbc, PARENT, "Paul", "Module", "PARENT");
      long classId = classId(jdbc);
      jdbc.sql("insert into class_teacher (class_id, teacher_id) values (?, ?)")
          .params(classId, id(jdbc, TEACHER))
          .update();
      jdbc.sql("insert into enrolment (pupil_id, class_id) values (?, ?)")
          .params(id(jdbc, PUPIL), classId)
          .update();
      jdbc.sql("insert into guardianship (parent_id, pupil_id) values (?, ?)")
          .params(id(jdbc, PARENT), id(jdbc, PUPIL))
          .update();
      jdbc.sql(
              "insert into family_setting (parent_id, email, frequency, with_content, changed_at)"
                  + " values (?, ?, 'IMMEDIATE', true, current_timestamp)")
          .params(id(jdbc, PARENT), PARENT_EMAIL)
          .update();
    }
    return new ModuleTestData(classId(jdbc), id(jdbc, TEACHER), id(jdbc, PUPIL), id(jdbc, PARENT));
  }

  private static void account(
      JdbcClient jdbc, String username, String first, String last, String role) {
    jdbc.sql(
            "insert into account (username, password_hash, first_name, last_name, enabled)"
                + " values (?, '{noop}module-test', ?, ?, true)")
        .params(username, first, last)
        .update();
    jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
        .params(id(jdbc, username), role)
        .update();
  }

  private static long classId(JdbcClient jdbc) {
    return jdbc.sql(
            "select c.id from school_class c join school s on s.id = c.school_id where s.uai = ?")
        .param(UAI)
        .query(Long.class)
        .single();
  }

  private static long id(JdbcClient jdbc, String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static long count(JdbcClient jdbc, String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Long.class).single();
  }
}
