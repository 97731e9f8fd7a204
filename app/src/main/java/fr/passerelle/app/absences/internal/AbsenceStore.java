package fr.passerelle.app.absences.internal;

import fr.passerelle.app.absences.DayPart;
import fr.passerelle.app.absences.HalfDay;
import fr.passerelle.app.absences.NoticeKind;
import fr.passerelle.app.absences.Reason;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The absences' tables, in plain SQL. Rows are only ever inserted. No rule lives here: {@code
 * AbsenceService} checks the caller before it calls any method.
 */
@Repository
public class AbsenceStore {

  /** A parent's notice as stored. */
  public record NoticeRow(
      long id,
      long pupilId,
      @Nullable Long parentId,
      NoticeKind kind,
      LocalDate from,
      LocalDate to,
      DayPart part,
      Reason reason,
      @Nullable String comment,
      Instant at) {}

  /** A pupil's current (latest) mark for a half-day. */
  public record MarkRow(
      long pupilId, long classId, String className, LocalDate day, HalfDay half, boolean absent) {}

  private static final String NOTICE_COLUMNS =
      "id, pupil_id, parent_id, kind, from_date, to_date, day_part, reason, comment, at";

  /** The latest mark of its pupil, day and half-day. */
  private static final String LATEST =
      " m.id = (select max(x.id) from absence_mark x where x.pupil_id = m.pupil_id"
          + " and x.absence_day = m.absence_day and x.half = m.half)";

  /** No notice of the pupil covers the mark's half-day. */
  private static final String NOT_COVERED =
      " not exists (select 1 from absence_notice n where n.pupil_id = m.pupil_id"
          + " and n.from_date <= m.absence_day and n.to_date >= m.absence_day"
          + " and (n.day_part = 'DAY' or n.day_part = m.half))";

  private final JdbcClient jdbc;

  AbsenceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertNotice(
      long pupilId,
      long parentId,
      NoticeKind kind,
      LocalDate from,
      LocalDate to,
      DayPart part,
      Reason reason,
      @Nullable String comment,
      Instant at) {
    jdbc.sql(
            "insert into absence_notice (pupil_id, parent_id, kind, from_date, to_date, day_part,"
                + " reason, comment, at) values (?,?,?,?,?,?,?,?,?)")
        .params(
            pupilId,
            parentId,
            kind.name(),
            Date.valueOf(from),
            Date.valueOf(to),
            part.name(),
            reason.name(),
            comment,
            Timestamp.from(at))
        .update();
  }

  /** A child's notices, the latest submitted first. */
  public List<NoticeRow> notices(long pupilId, int limit) {
    return jdbc.sql(
            "select "
                + NOTICE_COLUMNS
                + " from absence_notice where pupil_id = ? order by at desc, id desc limit ?")
        .params(pupilId, limit)
        .query(AbsenceStore::notice)
        .list();
  }

  /** The latest notice of each of these pupils covering a half-day, by pupil. */
  public Map<Long, NoticeRow> covering(Collection<Long> pupilIds, LocalDate day, HalfDay half) {
    Map<Long, NoticeRow> found = new HashMap<>();
    if (pupilIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select "
                + NOTICE_COLUMNS
                + " from absence_notice where pupil_id in (:pupils) and from_date <= :day"
                + " and to_date >= :day and (day_part = 'DAY' or day_part = :half)"
                + " order by id")
        .param("pupils", pupilIds)
        .param("day", Date.valueOf(day))
        .param("half", half.name())
        .query(AbsenceStore::notice)
        .list()
        .forEach(n -> found.put(n.pupilId(), n));
    return found;
  }

  public void insertMark(
      long pupilId,
      long classId,
      long schoolId,
      LocalDate day,
      HalfDay half,
      boolean absent,
      long teacherId,
      Instant at) {
    jdbc.sql(
            "insert into absence_mark (pupil_id, class_id, school_id, absence_day, half, absent,"
                + " teacher_id, at) values (?,?,?,?,?,?,?,?)")
        .params(
            pupilId,
            classId,
            schoolId,
            Date.valueOf(day),
            half.name(),
            absent,
            teacherId,
            Timestamp.from(at))
        .update();
  }

  /** The current mark of each pupil of a class for a half-day, by pupil. */
  public Map<Long, Boolean> marks(long classId, LocalDate day, HalfDay half) {
    Map<Long, Boolean> found = new HashMap<>();
    jdbc.sql(
            "select m.pupil_id, m.absent from absence_mark m where m.class_id = ? and m.absence_day = ?"
                + " and m.half = ? and"
                + LATEST)
        .params(classId, Date.valueOf(day), half.name())
        .query(
            (rs, n) -> {
              found.put(rs.getLong(1), rs.getBoolean(2));
              return null;
            })
        .list();
    return found;
  }

  /** The current mark of a pupil for a half-day, whatever the class it was taken in. */
  public Optional<Boolean> mark(long pupilId, LocalDate day, HalfDay half) {
    return jdbc.sql(
            "select m.absent from absence_mark m where m.pupil_id = ? and m.absence_day = ?"
                + " and m.half = ? and"
                + LATEST)
        .params(pupilId, Date.valueOf(day), half.name())
        .query(Boolean.class)
        .optional();
  }

  /** How many marks were ever taken for a pupil and a half-day (corrections included). */
  public long markCount(long pupilId, LocalDate day, HalfDay half) {
    return jdbc.sql(
            "select count(*) from absence_mark where pupil_id = ? and absence_day = ? and half = ?")
        .params(pupilId, Date.valueOf(day), half.name())
        .query(Long.class)
        .single();
  }

  /** A pupil's absences no notice covers, the latest first. */
  public List<MarkRow> unjustifiedOfPupil(long pupilId, int limit) {
    return jdbc.sql(
            "select m.pupil_id, m.class_id, c.name, m.absence_day, m.half, m.absent from absence_mark m"
                + " join school_class c on c.id = m.class_id"
                + " where m.pupil_id = ? and m.absent = true and"
                + LATEST
                + " and"
                + NOT_COVERED
                + " order by m.absence_day desc, m.half asc limit ?")
        .params(pupilId, limit)
        .query(AbsenceStore::mark)
        .list();
  }

  /** A school's absences no notice covers, the latest first. */
  public List<MarkRow> unjustifiedOfSchool(long schoolId, int offset, int limit) {
    return jdbc.sql(
            "select m.pupil_id, m.class_id, c.name, m.absence_day, m.half, m.absent from absence_mark m"
                + " join school_class c on c.id = m.class_id"
                + " where m.school_id = ? and m.absent = true and"
                + LATEST
                + " and"
                + NOT_COVERED
                + " order by m.absence_day desc, m.half asc, m.pupil_id limit ? offset ?")
        .params(schoolId, limit, offset)
        .query(AbsenceStore::mark)
        .list();
  }

  public long countUnjustifiedOfSchool(long schoolId) {
    return jdbc.sql(
            "select count(*) from absence_mark m where m.school_id = ? and m.absent = true and"
                + LATEST
                + " and"
                + NOT_COVERED)
        .param(schoolId)
        .query(Long.class)
        .single();
  }

  private static NoticeRow notice(ResultSet rs, int n) throws SQLException {
    long parentId = rs.getLong("parent_id");
    Long parent = rs.wasNull() ? null : parentId;
    return new NoticeRow(
        rs.getLong("id"),
        rs.getLong("pupil_id"),
        parent,
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getDate("from_date").toLocalDate(),
        rs.getDate("to_date").toLocalDate(),
        DayPart.valueOf(rs.getString("day_part")),
        Reason.valueOf(rs.getString("reason")),
        rs.getString("comment"),
        rs.getTimestamp("at").toInstant());
  }

  private static MarkRow mark(ResultSet rs, int n) throws SQLException {
    return new MarkRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getDate(4).toLocalDate(),
        HalfDay.valueOf(rs.getString(5)),
        rs.getBoolean(6));
  }
}
