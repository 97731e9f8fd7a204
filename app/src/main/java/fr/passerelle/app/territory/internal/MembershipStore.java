package fr.passerelle.app.territory.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who teaches and who is enrolled where, and where classes and schools are, by ids. */
@Repository
public class MembershipStore {

  private final JdbcClient jdbc;

  MembershipStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The first class (by id) a pupil is enrolled in, if any. */
  public Optional<Long> classOfPupil(long pupilId) {
    return jdbc
        .sql("select class_id from enrolment where pupil_id = ? order by class_id")
        .param(pupilId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  public Set<Long> classesTaughtBy(long teacherId) {
    return ids("select class_id from class_teacher where teacher_id = ?", teacherId);
  }

  public Set<Long> pupilsOf(long classId) {
    return ids("select pupil_id from enrolment where class_id = ?", classId);
  }

  public Set<Long> teachersOf(long classId) {
    return ids("select teacher_id from class_teacher where class_id = ?", classId);
  }

  public Optional<Long> schoolOfClass(long classId) {
    return jdbc.sql("select school_id from school_class where id = ?")
        .param(classId)
        .query(Long.class)
        .optional();
  }

  public Optional<Long> communeOfSchool(long schoolId) {
    return jdbc.sql("select commune_id from school where id = ?")
        .param(schoolId)
        .query(Long.class)
        .optional();
  }

  public Set<Long> classesOfCommune(long communeId) {
    return ids(
        "select c.id from school_class c join school s on s.id = c.school_id where s.commune_id = ?",
        communeId);
  }

  public Set<Long> schoolsOfCommune(long communeId) {
    return ids("select id from school where commune_id = ?", communeId);
  }

  public Set<Long> classesOfSchool(long schoolId) {
    return ids("select id from school_class where school_id = ?", schoolId);
  }

  /** "CE1 – École élémentaire Jules Ferry". */
  public Optional<String> classLabel(long classId) {
    return jdbc.sql(
            "select c.name || ' – ' || s.name from school_class c join school s on s.id ="
                + " c.school_id where c.id = ?")
        .param(classId)
        .query(String.class)
        .optional();
  }

  private Set<Long> ids(String sql, long param) {
    return new HashSet<>(jdbc.sql(sql).param(param).query(Long.class).list());
  }
}
