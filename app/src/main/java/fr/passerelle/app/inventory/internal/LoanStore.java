package fr.passerelle.app.inventory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loans of assistive devices to pupils ({@code device_loan}), and the pupils and teachers they
 * concern, read from the territory's enrolments (read only).
 */
@Component
public class LoanStore {

  /** One loan as stored; the pupil's name is read from the people directory. */
  public record Loan(long pupilId, Instant lentAt, String lentBy, @Nullable Instant returnedAt) {}

  private final JdbcClient jdbc;

  LoanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who has the device now, if lent. */
  public Optional<Long> borrower(long deviceId) {
    return jdbc.sql("select pupil_id from device_loan where device_id = ? and returned_at is null")
        .param(deviceId)
        .query(Long.class)
        .optional();
  }

  /** A device's loans, newest first. */
  public List<Loan> loans(long deviceId) {
    return jdbc.sql(
            "select pupil_id, lent_at, lent_by, returned_at from device_loan where device_id = ?"
                + " order by lent_at desc, id desc")
        .param(deviceId)
        .query(
            (rs, n) ->
                new Loan(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
        .list();
  }

  public void lend(long deviceId, long pupilId, Instant at, String by, @Nullable Long replaces) {
    jdbc.sql(
            "insert into device_loan (device_id, pupil_id, lent_at, lent_by, replaces_id)"
                + " values (?,?,?,?,?)")
        .params(deviceId, pupilId, Timestamp.from(at), by, replaces)
        .update();
  }

  /** Ends the device's current loan. */
  public void giveBack(long deviceId, Instant at) {
    jdbc.sql("update device_loan set returned_at = ? where device_id = ? and returned_at is null")
        .params(Timestamp.from(at), deviceId)
        .update();
  }

  /** The pupils enrolled in a school's classes. */
  public List<Long> pupilsOfSchool(long schoolId) {
    return jdbc.sql(
            "select e.pupil_id from enrolment e join school_class k on k.id = e.class_id"
                + " where k.school_id = ?")
        .param(schoolId)
        .query(Long.class)
        .list();
  }

  /** The teachers of the classes a pupil is enrolled in. */
  public List<Long> teachersOf(long pupilId) {
    return jdbc.sql(
            "select t.teacher_id from class_teacher t join enrolment e on e.class_id ="
                + " t.class_id where e.pupil_id = ?")
        .param(pupilId)
        .query(Long.class)
        .list();
  }
}
