package fr.passerelle.app.chat.internal;

import fr.passerelle.app.chat.Emergency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The chat's tables, in plain SQL that runs on PostgreSQL and on H2 in PostgreSQL mode. */
@Component
public class ChatStore {

  /** A room row. */
  public record Room(
      long id,
      String kind,
      String externalKind,
      String externalKey,
      @Nullable String title,
      @Nullable Long classId,
      boolean closed,
      boolean classmatesMayWrite) {}

  /**
   * A message row, with its author's display name, whether the author is a pupil and its attachment
   * (without the bytes), all read in one query.
   */
  public record Message(
      long id,
      long roomId,
      @Nullable Long authorId,
      String authorUsername,
      String authorName,
      String body,
      String status,
      Instant sentAt,
      boolean byPupil,
      @Nullable Attachment attachment) {}

  /** An attachment row without its bytes. */
  public record Attachment(
      long id,
      long messageId,
      String fileName,
      String mediaType,
      int size,
      @Nullable String description) {}

  private static final String ATTACHMENT_SELECT =
      "select id, message_id, file_name, media_type, size_bytes, description from chat_attachment";

  private static Attachment attachment(ResultSet rs, int n) throws SQLException {
    return new Attachment(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6));
  }

  private static final String ROOM_COLUMNS =
      "id, kind, external_kind, external_key, title, class_id, closed, classmates_may_write";

  private static final String MESSAGE_SELECT =
      "select m.id, m.room_id, m.author_id, m.author_username,"
          + " coalesce(a.first_name || ' ' || a.last_name, m.author_username) as author_name,"
          + " m.body, m.status, m.sent_at,"
          + " (a.enabled and exists (select 1 from account_role r where r.account_id = a.id"
          + " and r.role = 'PUPIL')) as by_pupil,"
          + " f.id as file_id, f.file_name, f.media_type, f.size_bytes, f.description"
          + " from chat_message m"
          + " left join account a on a.id = m.author_id"
          + " left join chat_attachment f on f.message_id = m.id ";

  private final JdbcClient jdbc;

  ChatStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Room room(ResultSet rs, int n) throws SQLException {
    long classValue = rs.getLong("class_id");
    Long classId = rs.wasNull() ? null : classValue;
    return new Room(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("external_kind"),
        rs.getString("external_key"),
        rs.getString("title"),
        classId,
        rs.getBoolean("closed"),
        rs.getBoolean("classmates_may_write"));
  }

  private static Message message(ResultSet rs, int n) throws SQLException {
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new Message(
        rs.getLong("id"),
        rs.getLong("room_id"),
        authorId,
        rs.getString("author_username"),
        rs.getString("author_name"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
        rs.getBoolean("by_pupil"),
        fileOf(rs));
  }

  private static @Nullable Attachment fileOf(ResultSet rs) throws SQLException {
    long fileId = rs.getLong("file_id");
    if (rs.wasNull()) {
      return null;
    }
    return new Attachment(
        fileId,
        rs.getLong("id"),
        rs.getString("file_name"),
        rs.getString("media_type"),
        rs.getInt("size_bytes"),
        rs.getString("description"));
  }

  // ---- rooms ----

  public Optional<Room> room(long id) {
    return jdbc.sql("select " + ROOM_COLUMNS + " from chat_room where id = ?")
        .param(id)
        .query(ChatStore::room)
        .optional();
  }

  public Optional<Room> roomByKey(String externalKind, String externalKey) {
    return jdbc.sql(
            "select "
                + ROOM_COLUMNS
                + " from chat_room where external_kind = ? and external_key = ?")
        .params(externalKind, externalKey)
        .query(ChatStore::room)
        .optional();
  }

  /** Creates a room, or finds the one another request created at the same moment. */
  public Room createRoom(
      String kind,
      String externalKind,
      String externalKey,
      @Nullable String title,
      @Nullable Long classId,
      long createdBy,
      Instant now) {
    Optional<Room> existing = roomByKey(externalKind, externalKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into chat_room (kind, external_kind, external_key, title, class_id,"
                + " created_by, created_at) values (?,?,?,?,?,?,?)")
        .params(kind, externalKind, externalKey, title, classId, createdBy, at(now))
        .update(key, "id");
    return room(key.getKeyAs(Number.class).longValue()).orElseThrow();
  }

  public void setClosed(long roomId, boolean closed) {
    jdbc.sql("update chat_room set closed = ? where id = ?").params(closed, roomId).update();
  }

  public void setClassmatesMayWrite(long roomId, boolean allowed) {
    jdbc.sql("update chat_room set classmates_may_write = ? where id = ?")
        .params(allowed, roomId)
        .update();
  }

  /** Rooms with member rows for this account (visio, private, and class rooms opened once). */
  public List<Room> roomsWithMember(long accountId) {
    return jdbc.sql(
            "select r.id, r.kind, r.external_kind, r.external_key, r.title, r.class_id,"
                + " r.closed, r.classmates_may_write from chat_room r join chat_member m on"
                + " m.room_id = r.id where m.account_id = ? and m.listed order by r.id")
        .param(accountId)
        .query(ChatStore::room)
        .list();
  }

  public Optional<Room> classRoom(long classId) {
    return roomByKey("class", Long.toString(classId));
  }

  // ---- members ----

  public boolean isListedMember(long roomId, long accountId) {
    return jdbc.sql(
                "select count(*) from chat_member where room_id = ? and account_id = ? and"
                    + " listed")
            .params(roomId, accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  public Set<Long> listedMembers(long roomId) {
    return Set.copyOf(
        jdbc.sql("select account_id from chat_member where room_id = ? and listed")
            .param(roomId)
            .query(Long.class)
            .list());
  }

  /** Makes sure a member row exists (listed or only a read marker). */
  public void ensureMember(long roomId, long accountId, boolean listed) {
    int updated =
        listed
            ? jdbc.sql("update chat_member set listed = true where room_id = ? and account_id = ?")
                .params(roomId, accountId)
                .update()
            : jdbc.sql("select count(*) from chat_member where room_id = ? and account_id = ?")
                .params(roomId, accountId)
                .query(Long.class)
                .single()
                .intValue();
    if (updated == 0) {
      jdbc.sql("insert into chat_member (room_id, account_id, listed) values (?,?,?)")
          .params(roomId, accountId, listed)
          .update();
    }
  }

  /** Members no longer in the set stop being listed (their marker stays). */
  public void unlistOthers(long roomId, Set<Long> keep) {
    for (long member : listedMembers(roomId)) {
      if (!keep.contains(member)) {
        jdbc.sql("update chat_member set listed = false where room_id = ? and account_id = ?")
            .params(roomId, member)
            .update();
      }
    }
  }

  public long lastRead(long roomId, long accountId) {
    return jdbc.sql("select last_read_id from chat_member where room_id = ? and account_id = ?")
        .params(roomId, accountId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** Moves the marker forward: one update when the member row exists (the usual case). */
  public void markRead(long roomId, long accountId, long messageId) {
    String sql =
        "update chat_member set last_read_id = ? where room_id = ? and account_id = ?"
            + " and last_read_id < ?";
    if (jdbc.sql(sql).params(messageId, roomId, accountId, messageId).update() == 0) {
      ensureMember(roomId, accountId, false);
      jdbc.sql(sql).params(messageId, roomId, accountId, messageId).update();
    }
  }

  /** Visible messages from others after the account's marker. */
  public long unread(long roomId, long accountId) {
    return jdbc.sql(
            "select count(*) from chat_message m where m.room_id = ? and m.status = 'VISIBLE'"
                + " and (m.author_id is null or m.author_id <> ?) and m.id > coalesce((select"
                + " last_read_id from chat_member where room_id = ? and account_id = ?), 0)")
        .params(roomId, accountId, roomId, accountId)
        .query(Long.class)
        .single();
  }

  // ---- messages ----

  public long insertMessage(
      long roomId,
      long authorId,
      String username,
      String body,
      String status,
      @Nullable String heldReason,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into chat_message (room_id, author_id, author_username, body, status,"
                + " held_reason, sent_at) values (?,?,?,?,?,?,?)")
        .params(roomId, authorId, username, body, status, heldReason, at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Message> message(long id) {
    return jdbc.sql(MESSAGE_SELECT + "where m.id = ?")
        .param(id)
        .query(ChatStore::message)
        .optional();
  }

  /**
   * A page of a room's messages before an id (all when null), newest first from the database,
   * returned oldest first. Moderators see every status; others see visible and hidden ones (the
   * service blanks hidden bodies) and their own held ones.
   */
  public List<Message> page(
      long roomId, @Nullable Long beforeId, int limit, boolean moderator, long viewerId) {
    String visibility = moderator ? "" : " and (m.status <> 'HELD' or m.author_id = ?)";
    String sql =
        MESSAGE_SELECT
            + "where m.room_id = ? and m.id < ?"
            + visibility
            + " order by m.id desc limit ?";
    var spec = jdbc.sql(sql).param(roomId).param(beforeId == null ? Long.MAX_VALUE : beforeId);
    if (!moderator) {
      spec = spec.param(viewerId);
    }
    List<Message> newestFirst = spec.param(limit).query(ChatStore::message).list();
    return newestFirst.reversed();
  }

  public void setStatus(long messageId, String status, String by, Instant now) {
    jdbc.sql("update chat_message set status = ?, moderated_by = ?, moderated_at = ? where id = ?")
        .params(status, by, at(now), messageId)
        .update();
  }

  public long countByAuthorSince(long authorId, Instant since) {
    return jdbc.sql("select count(*) from chat_message where author_id = ? and sent_at > ?")
        .params(authorId, at(since))
        .query(Long.class)
        .single();
  }

  /** Deletes messages (with their attachments and reports) sent before an instant. */
  public int purgeBefore(Instant cutoff) {
    return jdbc.sql("delete from chat_message where sent_at < ?").param(at(cutoff)).update();
  }

  // ---- attachments ----

  public long insertAttachment(
      long messageId, String fileName, String type, byte[] content, @Nullable String description) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into chat_attachment (message_id, file_name, media_type, size_bytes,"
                + " content, description) values (?,?,?,?,?,?)")
        .params(messageId, fileName, type, content.length, content, description)
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<Attachment> attachment(long id) {
    return jdbc.sql(ATTACHMENT_SELECT + " where id = ?")
        .param(id)
        .query(ChatStore::attachment)
        .optional();
  }

  public byte[] attachmentContent(long id) {
    return jdbc.sql("select content from chat_attachment where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .single();
  }

  // ---- moderation ----

  public void mute(long roomId, long accountId, Instant until, String by) {
    jdbc.sql("delete from chat_mute where room_id = ? and account_id = ?")
        .params(roomId, accountId)
        .update();
    jdbc.sql("insert into chat_mute (room_id, account_id, until, muted_by) values (?,?,?,?)")
        .params(roomId, accountId, at(until), by)
        .update();
  }

  public Optional<Instant> mutedUntil(long roomId, long accountId, Instant now) {
    return jdbc.sql(
            "select until from chat_mute where room_id = ? and account_id = ? and until > ?")
        .params(roomId, accountId, at(now))
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
        .optional();
  }

  /** Records a report; false when this person had already reported the message. */
  public boolean report(long messageId, long reporterId, Instant now) {
    long already =
        jdbc.sql("select count(*) from chat_report where message_id = ? and reporter_id = ?")
            .params(messageId, reporterId)
            .query(Long.class)
            .single();
    if (already > 0) {
      return false;
    }
    jdbc.sql("insert into chat_report (message_id, reporter_id, reported_at) values (?,?,?)")
        .params(messageId, reporterId, at(now))
        .update();
    return true;
  }

  public void resolveReports(long messageId) {
    jdbc.sql("update chat_report set resolved = true where message_id = ?")
        .param(messageId)
        .update();
  }

  /** Messages waiting for a moderator: held ones and those with unresolved reports. */
  public List<Message> toReview() {
    return jdbc.sql(
            MESSAGE_SELECT
                + "where m.status = 'HELD' or exists (select 1 from chat_report r where"
                + " r.message_id = m.id and not r.resolved) order by m.id")
        .query(ChatStore::message)
        .list();
  }

  public long openReports(long messageId) {
    return jdbc.sql("select count(*) from chat_report where message_id = ? and not resolved")
        .param(messageId)
        .query(Long.class)
        .single();
  }

  // ---- emergency switch ----

  /** The emergency switch's one row. */
  public Emergency emergency() {
    return jdbc.sql("select suspended, notice, changed_at from chat_emergency where id = 1")
        .query(
            (rs, n) -> {
              OffsetDateTime since = rs.getObject(3, OffsetDateTime.class);
              return new Emergency(
                  rs.getBoolean(1), rs.getString(2), since == null ? null : since.toInstant());
            })
        .single();
  }

  public void setEmergency(boolean suspended, @Nullable String notice, String by, Instant now) {
    jdbc.sql(
            "update chat_emergency set suspended = ?, notice = ?, changed_by = ?, changed_at = ?"
                + " where id = 1")
        .params(suspended, notice, by, at(now))
        .update();
  }

  // ---- presence ----

  public void enterPresence(String node, long roomId, long accountId, Instant now) {
    jdbc.sql("delete from chat_presence where node_id = ? and room_id = ? and account_id = ?")
        .params(node, roomId, accountId)
        .update();
    jdbc.sql("insert into chat_presence (node_id, room_id, account_id, seen_at) values (?,?,?,?)")
        .params(node, roomId, accountId, at(now))
        .update();
  }

  public void leavePresence(String node, long roomId, long accountId) {
    jdbc.sql("delete from chat_presence where node_id = ? and room_id = ? and account_id = ?")
        .params(node, roomId, accountId)
        .update();
  }

  public void refreshPresence(String node, Instant now) {
    jdbc.sql("update chat_presence set seen_at = ? where node_id = ?")
        .params(at(now), node)
        .update();
  }

  public Set<Long> present(long roomId, Instant since) {
    return Set.copyOf(
        jdbc.sql("select distinct account_id from chat_presence where room_id = ? and seen_at > ?")
            .params(roomId, at(since))
            .query(Long.class)
            .list());
  }
}
