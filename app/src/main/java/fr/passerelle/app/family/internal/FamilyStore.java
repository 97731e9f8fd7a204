package fr.passerelle.app.family.internal;

import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parents' e-mail settings (every change a row) and the mail outbox. */
@Repository
public class FamilyStore {

  private final JdbcClient jdbc;

  FamilyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A row of the outbox. */
  public record Mail(
      long id,
      long parentId,
      long pupilId,
      String kind,
      String subject,
      String body,
      String route,
      Instant newsAt,
      Frequency mode,
      Instant createdAt,
      int attempts) {}

  /** The latest settings a parent chose, if they ever chose. */
  public Optional<NotificationSettings> latestSettings(long parentId) {
    return jdbc.sql(
            "select email, frequency, with_content, changed_at from family_setting"
                + " where parent_id = ? order by id desc limit 1")
        .param(parentId)
        .query(
            (rs, n) ->
                new NotificationSettings(
                    rs.getString(1),
                    Frequency.valueOf(rs.getString(2)),
                    rs.getBoolean(3),
                    rs.getTimestamp(4).toInstant()))
        .optional();
  }

  /** Every change a parent made, newest first. */
  public List<NotificationSettings> history(long parentId) {
    return jdbc.sql(
            "select email, frequency, with_content, changed_at from family_setting"
                + " where parent_id = ? order by id desc")
        .param(parentId)
        .query(
            (rs, n) ->
                new NotificationSettings(
                    rs.getString(1),
                    Frequency.valueOf(rs.getString(2)),
                    rs.getBoolean(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }

  public void insertSettings(
      long parentId, @Nullable String email, Frequency frequency, boolean withContent, Instant at) {
    jdbc.sql(
            "insert into family_setting (parent_id, email, frequency, with_content, changed_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(parentId, email, frequency.name(), withContent, Timestamp.from(at))
        .update();
  }

  /** Whether this news already has its row for this parent (a second delivery of the news). */
  public boolean hasMail(long parentId, long pupilId, String kind, String subject, Instant newsAt) {
    return jdbc.sql(
                "select count(*) from family_mail where parent_id = ? and pupil_id = ? and kind = ?"
                    + " and subject = ? and news_at = ?")
            .params(parentId, pupilId, cut(kind, 40), cut(subject, 300), Timestamp.from(newsAt))
            .query(Long.class)
            .single()
        > 0;
  }

  public void insertMail(
      long parentId,
      long pupilId,
      String kind,
      String subject,
      String body,
      String route,
      Instant newsAt,
      Frequency mode,
      Instant at) {
    jdbc.sql(
            "insert into family_mail (parent_id, pupil_id, kind, subject, body, route, news_at,"
                + " mode, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            parentId,
            pupilId,
            cut(kind, 40),
            cut(subject, 300),
            body,
            cut(route, 300),
            Timestamp.from(newsAt),
            mode.name(),
            Timestamp.from(at))
        .update();
  }

  private static final String MAIL_COLUMNS =
      "id, parent_id, pupil_id, kind, subject, body, route, news_at, mode, created_at, attempts";

  private static final String PENDING = "sent_at is null and dropped_at is null";

  /** The pending rows of a mode created up to an instant, oldest first (not claimed). */
  public List<Long> pendingIds(Frequency mode, Instant upTo) {
    return jdbc.sql(
            "select id from family_mail where "
                + PENDING
                + " and mode = ? and created_at <= ? order by created_at, id")
        .params(mode.name(), Timestamp.from(upTo))
        .query(Long.class)
        .list();
  }

  /** The parents with pending rows of a mode created up to an instant (not claimed). */
  public List<Long> pendingParents(Frequency mode, Instant upTo) {
    return jdbc.sql(
            "select distinct parent_id from family_mail where "
                + PENDING
                + " and mode = ? and created_at <= ? order by parent_id")
        .params(mode.name(), Timestamp.from(upTo))
        .query(Long.class)
        .list();
  }

  /**
   * Claims one pending row for the current transaction: locked until it ends, skipped by every
   * other transaction meanwhile (another node's mailer, another round), gone once marked sent.
   * Empty when it was sent, dropped or claimed elsewhere. {@code for update skip locked} runs with
   * the same meaning on PostgreSQL and H2 (ADR 0022).
   */
  public Optional<Mail> claim(long id) {
    return jdbc.sql(
            "select "
                + MAIL_COLUMNS
                + " from family_mail where id = ? and "
                + PENDING
                + " for update skip locked")
        .param(id)
        .query(FamilyStore::mail)
        .optional();
  }

  /** A parent's oldest pending row of a mode created up to an instant (not claimed). */
  public Optional<Long> oldestPending(long parentId, Frequency mode, Instant upTo) {
    return jdbc.sql(
            "select id from family_mail where parent_id = ? and "
                + PENDING
                + " and mode = ? and created_at <= ? order by created_at, id limit 1")
        .params(parentId, mode.name(), Timestamp.from(upTo))
        .query(Long.class)
        .optional();
  }

  /**
   * Claims a parent's pending rows of a mode created up to an instant, as {@link #claim}; the
   * caller claims the oldest first, so that two mailers never split one digest between them.
   */
  public List<Mail> claimOf(long parentId, Frequency mode, Instant upTo) {
    return jdbc.sql(
            "select "
                + MAIL_COLUMNS
                + " from family_mail where parent_id = ? and "
                + PENDING
                + " and mode = ? and created_at <= ? order by created_at, id"
                + " for update skip locked")
        .params(parentId, mode.name(), Timestamp.from(upTo))
        .query(FamilyStore::mail)
        .list();
  }

  private static Mail mail(ResultSet rs, int n) throws SQLException {
    return new Mail(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getTimestamp(8).toInstant(),
        Frequency.valueOf(rs.getString(9)),
        rs.getTimestamp(10).toInstant(),
        rs.getInt(11));
  }

  public void markSent(List<Long> ids, Instant at) {
    for (long id : ids) {
      jdbc.sql("update family_mail set sent_at = ?, attempts = attempts + 1 where id = ?")
          .params(Timestamp.from(at), id)
          .update();
    }
  }

  public void markFailed(List<Long> ids, String error) {
    for (long id : ids) {
      jdbc.sql("update family_mail set attempts = attempts + 1, last_error = ? where id = ?")
          .params(cut(error, 300), id)
          .update();
    }
  }

  public void markDropped(long id, String why, Instant at) {
    jdbc.sql("update family_mail set dropped_at = ?, last_error = ? where id = ?")
        .params(Timestamp.from(at), cut(why, 300), id)
        .update();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
