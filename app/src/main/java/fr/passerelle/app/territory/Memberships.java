package fr.passerelle.app.territory;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who teaches and who is enrolled where, by ids, for other modules' rules (who may write to whom in
 * the chat). Like {@code People}, these methods do not check the caller: the calling service has
 * already checked its own scope and shows nothing of this as is.
 */
@Service
@Transactional(readOnly = true)
public class Memberships {

  private final JdbcClient jdbc;

  Memberships(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The class a pupil is enrolled in, if any. */
  public Optional<Long> classOfPupil(long pupilId) {
    return jdbc
        .sql("select class_id from enrolment where pupil_id = ? order by class_id")
        .param(pupilId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  /** The classes a teacher teaches. */
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

  /** The commune a school is in. */
  public Optional<Long> communeOfSchool(long schoolId) {
    return jdbc.sql("select commune_id from school where id = ?")
        .param(schoolId)
        .query(Long.class)
        .optional();
  }

  /** The classes of a commune's schools. */
  public Set<Long> classesOfCommune(long communeId) {
    return ids(
        "select c.id from school_class c join school s on s.id = c.school_id where s.commune_id = ?",
        communeId);
  }

  /** The schools of a commune. */
  public Set<Long> schoolsOfCommune(long communeId) {
    return ids("select id from school where commune_id = ?", communeId);
  }

  /** The classes of a school. */
  public Set<Long> classesOfSchool(long schoolId) {
    return ids("select id from school_class where school_id = ?", schoolId);
  }

  /** A class's name and its school's, for titles. */
  public Optional<String> classLabel(long classId) {
    return jdbc.sql(
            "select c.name || ' – ' || s.name from school_class c join school s on s.id ="
                + " c.school_id where c.id = ?")
        .param(classId)
        .query(String.class)
        .optional();
  }

  /** The pupils of these classes. */
  public Set<Long> pupilsOf(Collection<Long> classIds) {
    Set<Long> pupils = new HashSet<>();
    classIds.forEach(c -> pupils.addAll(pupilsOf(c)));
    return pupils;
  }

  private Set<Long> ids(String sql, long param) {
    return new HashSet<>(jdbc.sql(sql).param(param).query(Long.class).list());
  }
}
