package fr.passerelle.app.liaison.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
 * The liaison book's tables, in plain SQL. No rule lives here: {@code LiaisonService} checks the
 * caller before it calls any method. Acknowledgements, replies and reminders are only ever added.
 */
@Repository
public class LiaisonStore {

  /** A notice as stored. */
  public record NoticeRow(
      long id,
      long schoolId,
      @Nullable Long classId,
      String title,
      String body,
      boolean repliesAllowed,
      boolean someFamilies,
      @Nullable Long authorId,
      Instant createdAt) {}

  public record AckRow(long noticeId, long parentId, long pupilId, Instant at) {}

  public record ReplyRow(
      long id, long noticeId, long parentId, long pupilId, String body, Instant at) {}

  public record ReminderRow(long id, Instant at, int families) {}

  private static final String COLUMNS =
      "n.id, n.school_id, n.class_id, n.title, n.body, n.replies_allowed, n.some_families,"
          + " n.author_id, n.created_at";

  private final JdbcClient jdbc;

  LiaisonStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertNotice(NoticeRow row, Collection<Long> pupilIds) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into liaison_notice (school_id, class_id, title, body, replies_allowed,"
                + " some_families, author_id, created_at) values (?,?,?,?,?,?,?,?)")
        .params(
            row.schoolId(),
            row.classId(),
            row.title(),
            row.body(),
            row.repliesAllowed(),
            row.someFamilies(),
            row.authorId(),
            Timestamp.from(row.createdAt()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (long pupil : pupilIds) {
      jdbc.sql("insert into liaison_notice_pupil (notice_id, pupil_id) values (?,?)")
          .params(id, pupil)
          .update();
    }
    return id;
  }

  public Optional<NoticeRow> find(long noticeId) {
    return jdbc.sql("select " + COLUMNS + " from liaison_notice n where n.id = ?")
        .param(noticeId)
        .query(LiaisonStore::notice)
        .optional();
  }

  /** The children a notice is for, fixed when it was posted. */
  public Set<Long> pupilsOf(long noticeId) {
    return new HashSet<>(
        jdbc.sql("select pupil_id from liaison_notice_pupil where notice_id = ?")
            .param(noticeId)
            .query(Long.class)
            .list());
  }

  public boolean isFor(long noticeId, long pupilId) {
    return jdbc.sql(
                "select count(*) from liaison_notice_pupil where notice_id = ? and pupil_id = ?")
            .params(noticeId, pupilId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** A person's notices, newest first. */
  public List<NoticeRow> byAuthor(long authorId, int offset, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from liaison_notice n where n.author_id = ?"
                + " order by n.created_at desc, n.id desc limit ? offset ?")
        .params(authorId, limit, offset)
        .query(LiaisonStore::notice)
        .list();
  }

  public long countByAuthor(long authorId) {
    return jdbc.sql("select count(*) from liaison_notice where author_id = ?")
        .param(authorId)
        .query(Long.class)
        .single();
  }

  /** The notices for a child, newest first. */
  public List<NoticeRow> forPupil(long pupilId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from liaison_notice n join liaison_notice_pupil p on p.notice_id = n.id"
                + " where p.pupil_id = ? order by n.created_at desc, n.id desc")
        .param(pupilId)
        .query(LiaisonStore::notice)
        .list();
  }

  /**
   * Records a parent's acknowledgement unless they already gave one: the first is kept, with its
   * time. Returns whether this one was recorded.
   */
  public boolean acknowledge(long noticeId, long parentId, long pupilId, Instant at) {
    return jdbc.sql(
                "insert into liaison_ack (notice_id, parent_id, pupil_id, acked_at)"
                    + " select ?, ?, ?, ? where not exists (select 1 from liaison_ack"
                    + " where notice_id = ? and parent_id = ?)")
            .params(noticeId, parentId, pupilId, Timestamp.from(at), noticeId, parentId)
            .update()
        > 0;
  }

  public List<AckRow> acks(long noticeId) {
    return jdbc.sql(
            "select notice_id, parent_id, pupil_id, acked_at from liaison_ack"
                + " where notice_id = ? order by acked_at, parent_id")
        .param(noticeId)
        .query(LiaisonStore::ack)
        .list();
  }

  /** Who acknowledged each of these notices. */
  public Map<Long, Set<Long>> ackers(Collection<Long> noticeIds) {
    Map<Long, Set<Long>> found = new HashMap<>();
    for (long id : noticeIds) {
      found.put(id, new HashSet<>());
    }
    if (noticeIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select notice_id, parent_id from liaison_ack where notice_id in ("
                + placeholders(noticeIds.size())
                + ")")
        .params(List.copyOf(noticeIds))
        .query(
            (rs, n) -> {
              found.get(rs.getLong(1)).add(rs.getLong(2));
              return null;
            })
        .list();
    return found;
  }

  /** When a parent acknowledged each of these notices, for those they did. */
  public Map<Long, Instant> acksOf(long parentId, Collection<Long> noticeIds) {
    Map<Long, Instant> found = new HashMap<>();
    if (noticeIds.isEmpty()) {
      return found;
    }
    List<Object> params = new java.util.ArrayList<>();
    params.add(parentId);
    params.addAll(noticeIds);
    jdbc.sql(
            "select notice_id, acked_at from liaison_ack where parent_id = ? and notice_id in ("
                + placeholders(noticeIds.size())
                + ")")
        .params(params)
        .query(
            (rs, n) -> {
              found.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
              return null;
            })
        .list();
    return found;
  }

  public long insertReply(long noticeId, long parentId, long pupilId, String body, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into liaison_reply (notice_id, parent_id, pupil_id, body, sent_at)"
                + " values (?,?,?,?,?)")
        .params(noticeId, parentId, pupilId, body, Timestamp.from(at))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public List<ReplyRow> replies(long noticeId) {
    return jdbc.sql(
            "select id, notice_id, parent_id, pupil_id, body, sent_at from liaison_reply"
                + " where notice_id = ? order by sent_at, id")
        .param(noticeId)
        .query(LiaisonStore::reply)
        .list();
  }

  /** A parent's replies about a child, oldest first. */
  public List<ReplyRow> repliesOf(long parentId, long pupilId) {
    return jdbc.sql(
            "select id, notice_id, parent_id, pupil_id, body, sent_at from liaison_reply"
                + " where parent_id = ? and pupil_id = ? order by sent_at, id")
        .params(parentId, pupilId)
        .query(LiaisonStore::reply)
        .list();
  }

  public long insertReminder(long noticeId, long sentBy, Instant at, Collection<Long> pupilIds) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into liaison_reminder (notice_id, sent_by, sent_at) values (?,?,?)")
        .params(noticeId, sentBy, Timestamp.from(at))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (long pupil : pupilIds) {
      jdbc.sql("insert into liaison_reminder_pupil (reminder_id, pupil_id) values (?,?)")
          .params(id, pupil)
          .update();
    }
    return id;
  }

  public List<ReminderRow> reminders(long noticeId) {
    return jdbc.sql(
            "select r.id, r.sent_at, (select count(*) from liaison_reminder_pupil p"
                + " where p.reminder_id = r.id) from liaison_reminder r where r.notice_id = ?"
                + " order by r.sent_at desc, r.id desc")
        .param(noticeId)
        .query((rs, n) -> new ReminderRow(rs.getLong(1), instant(rs, 2), rs.getInt(3)))
        .list();
  }

  /** The children a reminder went to. */
  public Set<Long> remindedPupils(long reminderId) {
    return new HashSet<>(
        jdbc.sql("select pupil_id from liaison_reminder_pupil where reminder_id = ?")
            .param(reminderId)
            .query(Long.class)
            .list());
  }

  public Optional<String> schoolName(long schoolId) {
    return jdbc.sql("select name from school where id = ?")
        .param(schoolId)
        .query(String.class)
        .optional();
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  private static NoticeRow notice(ResultSet rs, int n) throws SQLException {
    long classId = rs.getLong(3);
    Long c = rs.wasNull() ? null : classId;
    long authorId = rs.getLong(8);
    Long a = rs.wasNull() ? null : authorId;
    return new NoticeRow(
        rs.getLong(1),
        rs.getLong(2),
        c,
        rs.getString(4),
        rs.getString(5),
        rs.getBoolean(6),
        rs.getBoolean(7),
        a,
        instant(rs, 9));
  }

  private static AckRow ack(ResultSet rs, int n) throws SQLException {
    return new AckRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4));
  }

  private static ReplyRow reply(ResultSet rs, int n) throws SQLException {
    return new ReplyRow(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getLong(4),
        rs.getString(5),
        instant(rs, 6));
  }
}
