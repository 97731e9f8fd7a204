package fr.passerelle.app.outings.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outings' tables, in plain SQL. No rule lives here: {@code OutingService} checks the caller
 * before it calls any method. Answers are only ever inserted.
 */
@Repository
public class OutingStore {

  /** An outing as stored, without its classes. */
  public record Row(
      long id,
      long schoolId,
      String title,
      LocalDate date,
      LocalTime departs,
      LocalTime returns,
      String place,
      int costCents,
      String formText,
      LocalDate answerBy) {}

  /** An answer as stored. */
  public record AnswerRow(
      long outingId, long pupilId, long parentId, boolean authorised, Instant at) {}

  private static final String COLUMNS =
      "o.id, o.school_id, o.title, o.outing_date, o.departs_at, o.returns_at, o.place,"
          + " o.cost_cents, o.form_text, o.answer_by";

  private final JdbcClient jdbc;

  OutingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Row row, Set<Long> classIds, long authorId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into outing (school_id, title, outing_date, departs_at, returns_at, place,"
                + " cost_cents, form_text, answer_by, author_id, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            row.schoolId(),
            row.title(),
            Date.valueOf(row.date()),
            Time.valueOf(row.departs()),
            Time.valueOf(row.returns()),
            row.place(),
            row.costCents(),
            row.formText(),
            Date.valueOf(row.answerBy()),
            authorId,
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (long classId : classIds) {
      jdbc.sql("insert into outing_class (outing_id, class_id) values (?,?)")
          .params(id, classId)
          .update();
    }
    return id;
  }

  public Optional<Row> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from outing o where o.id = ?")
        .param(id)
        .query(OutingStore::row)
        .optional();
  }

  public Set<Long> classesOf(long outingId) {
    return new HashSet<>(
        jdbc.sql("select class_id from outing_class where outing_id = ?")
            .param(outingId)
            .query(Long.class)
            .list());
  }

  /** The outings of some classes on or after a day, soonest first. */
  public List<Row> ofClasses(Collection<Long> classIds, LocalDate from) {
    if (classIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from outing o where o.outing_date >= :from and exists (select 1 from"
                + " outing_class c where c.outing_id = o.id and c.class_id in (:classes))"
                + " order by o.outing_date, o.id")
        .param("from", Date.valueOf(from))
        .param("classes", classIds)
        .query(OutingStore::row)
        .list();
  }

  public void insertAnswer(AnswerRow answer) {
    jdbc.sql(
            "insert into outing_answer (outing_id, pupil_id, parent_id, authorised, answered_at)"
                + " values (?,?,?,?,?)")
        .params(
            answer.outingId(),
            answer.pupilId(),
            answer.parentId(),
            answer.authorised(),
            Timestamp.from(answer.at()))
        .update();
  }

  /** The latest answer for each pupil of an outing. */
  public Map<Long, AnswerRow> latestAnswers(long outingId) {
    Map<Long, AnswerRow> latest = new HashMap<>();
    for (AnswerRow a : history(outingId, null)) {
      latest.putIfAbsent(a.pupilId(), a);
    }
    return latest;
  }

  /** Every answer of an outing (for one pupil, or all when null), latest first. */
  public List<AnswerRow> history(long outingId, @Nullable Long pupilId) {
    return jdbc.sql(
            "select outing_id, pupil_id, parent_id, authorised, answered_at from outing_answer"
                + " where outing_id = :outing and (cast(:pupil as bigint) is null"
                + " or pupil_id = :pupil) and parent_id is not null"
                + " order by answered_at desc, id desc")
        .param("outing", outingId)
        .param("pupil", pupilId)
        .query(
            (rs, n) ->
                new AnswerRow(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getBoolean(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getDate(4).toLocalDate(),
        rs.getTime(5).toLocalTime(),
        rs.getTime(6).toLocalTime(),
        rs.getString(7),
        rs.getInt(8),
        rs.getString(9),
        rs.getDate(10).toLocalDate());
  }
}
