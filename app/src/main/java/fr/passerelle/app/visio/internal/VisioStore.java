package fr.passerelle.app.visio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The visio tables, in plain SQL. Callers own the transactions and the scope checks. */
@Component
public class VisioStore {

  private static final String SESSION_COLUMNS =
      "id, class_id, room_name, title, starts_at, duration_minutes, weekly, lobby, created_by,"
          + " ended_at";

  private final JdbcClient jdbc;

  VisioStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertSession(
      long classId,
      String roomName,
      String title,
      Instant startsAt,
      int durationMinutes,
      boolean weekly,
      boolean lobby,
      long createdBy,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into visio_session (class_id, room_name, title, starts_at, duration_minutes,"
                + " weekly, lobby, created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
        .params(
            classId,
            roomName,
            title,
            at(startsAt),
            durationMinutes,
            weekly,
            lobby,
            createdBy,
            at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<SessionRow> session(long id) {
    return jdbc.sql("select " + SESSION_COLUMNS + " from visio_session where id = ?")
        .param(id)
        .query(VisioStore::sessionRow)
        .optional();
  }

  public Optional<SessionRow> sessionByRoom(String roomName) {
    return jdbc.sql("select " + SESSION_COLUMNS + " from visio_session where room_name = ?")
        .param(roomName)
        .query(VisioStore::sessionRow)
        .optional();
  }

  public List<SessionRow> sessionsOfClasses(Collection<Long> classIds) {
    if (classIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + SESSION_COLUMNS
                + " from visio_session where class_id in (:ids) order by id")
        .param("ids", classIds)
        .query(VisioStore::sessionRow)
        .list();
  }

  public List<SessionRow> sessionsInvitingAccount(long accountId) {
    return jdbc.sql(
            "select "
                + SESSION_COLUMNS
                + " from visio_session where id in"
                + " (select session_id from visio_invitation where account_id = ?) order by id")
        .param(accountId)
        .query(VisioStore::sessionRow)
        .list();
  }

  public void endSession(long id, Instant at) {
    jdbc.sql("update visio_session set ended_at = ? where id = ?").params(at(at), id).update();
  }

  public long insertInvitation(
      long sessionId,
      @Nullable Long accountId,
      String kind,
      String displayName,
      @Nullable String linkHash,
      long createdBy,
      Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into visio_invitation (session_id, account_id, kind, display_name, link_hash,"
                + " created_by, created_at) values (?,?,?,?,?,?,?)")
        .params(sessionId, accountId, kind, displayName, linkHash, createdBy, at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public List<InvitationRow> invitations(long sessionId) {
    return jdbc.sql(
            "select id, session_id, account_id, kind, display_name, link_hash, link_used_at"
                + " from visio_invitation where session_id = ? order by id")
        .param(sessionId)
        .query(VisioStore::invitationRow)
        .list();
  }

  public Optional<InvitationRow> invitationOf(long sessionId, long accountId) {
    return jdbc.sql(
            "select id, session_id, account_id, kind, display_name, link_hash, link_used_at"
                + " from visio_invitation where session_id = ? and account_id = ?")
        .params(sessionId, accountId)
        .query(VisioStore::invitationRow)
        .optional();
  }

  public Optional<InvitationRow> invitationByLink(String linkHash) {
    return jdbc.sql(
            "select id, session_id, account_id, kind, display_name, link_hash, link_used_at"
                + " from visio_invitation where link_hash = ?")
        .param(linkHash)
        .query(VisioStore::invitationRow)
        .optional();
  }

  /** Marks a link used; false when it already was (the link is single-use). */
  public boolean useLink(long invitationId, Instant now) {
    return jdbc.sql(
                "update visio_invitation set link_used_at = ? where id = ? and link_used_at is null")
            .params(at(now), invitationId)
            .update()
        == 1;
  }

  /**
   * Opens a stay. The account is linked when the occupant's id is a Passerelle account's id (the
   * token's user id); an id that names no account links nothing.
   */
  public void insertPresence(
      long sessionId, String occupantId, @Nullable Long accountId, String name, Instant joinedAt) {
    jdbc.sql(
            "insert into visio_presence (session_id, occupant_id, account_id, display_name,"
                + " joined_at) values (?, ?, (select id from account where id = ?), ?, ?)")
        .params(sessionId, occupantId, accountId, name, at(joinedAt))
        .update();
  }

  /** Closes the occupant's open stays; how many were open. */
  public int closePresence(long sessionId, String occupantId, Instant leftAt) {
    return jdbc.sql(
            "update visio_presence set left_at = ? where session_id = ? and occupant_id = ?"
                + " and left_at is null")
        .params(at(leftAt), sessionId, occupantId)
        .update();
  }

  public int closeAllPresence(long sessionId, Instant leftAt) {
    return jdbc.sql(
            "update visio_presence set left_at = ? where session_id = ? and left_at is null")
        .params(at(leftAt), sessionId)
        .update();
  }

  public List<PresenceRow> presence(long sessionId) {
    return jdbc.sql(
            "select occupant_id, display_name, joined_at, left_at from visio_presence"
                + " where session_id = ? order by joined_at, id")
        .param(sessionId)
        .query(
            (rs, n) ->
                new PresenceRow(
                    rs.getString(1), rs.getString(2), instant(rs, 3), instantOrNull(rs, 4)))
        .list();
  }

  public long insertCall(long classId, long pupilId, Instant now) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into visio_call (class_id, pupil_id, state, created_at) values (?,?,?,?)")
        .params(classId, pupilId, "RINGING", at(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public Optional<CallRow> call(long id) {
    return jdbc.sql(
            "select id, class_id, pupil_id, state, created_at, session_id from visio_call"
                + " where id = ?")
        .param(id)
        .query(VisioStore::callRow)
        .optional();
  }

  public List<CallRow> ringingCalls(Collection<Long> classIds, Instant since) {
    if (classIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, class_id, pupil_id, state, created_at, session_id from visio_call"
                + " where class_id in (:ids) and state = 'RINGING' and created_at >= :since"
                + " order by created_at")
        .param("ids", classIds)
        .param("since", at(since))
        .query(VisioStore::callRow)
        .list();
  }

  /** Answers a ringing call; false when it no longer rings. */
  public boolean answerCall(
      long id, String state, @Nullable Long by, Instant now, @Nullable Long sessionId) {
    return jdbc.sql(
                "update visio_call set state = ?, answered_by = ?, answered_at = ?,"
                    + " session_id = ? where id = ? and state = 'RINGING'")
            .params(state, by, at(now), sessionId, id)
            .update()
        == 1;
  }

  private static SessionRow sessionRow(ResultSet rs, int n) throws SQLException {
    return new SessionRow(
        rs.getLong("id"),
        rs.getLong("class_id"),
        rs.getString("room_name"),
        rs.getString("title"),
        instant(rs, "starts_at"),
        rs.getInt("duration_minutes"),
        rs.getBoolean("weekly"),
        rs.getBoolean("lobby"),
        rs.getLong("created_by"),
        instantOrNull(rs, "ended_at"));
  }

  private static InvitationRow invitationRow(ResultSet rs, int n) throws SQLException {
    long account = rs.getLong("account_id");
    Long accountId = rs.wasNull() ? null : account;
    return new InvitationRow(
        rs.getLong("id"),
        rs.getLong("session_id"),
        accountId,
        rs.getString("kind"),
        rs.getString("display_name"),
        rs.getString("link_hash"),
        rs.getObject("link_used_at") != null);
  }

  private static CallRow callRow(ResultSet rs, int n) throws SQLException {
    long session = rs.getLong("session_id");
    Long sessionId = rs.wasNull() ? null : session;
    return new CallRow(
        rs.getLong("id"),
        rs.getLong("class_id"),
        rs.getLong("pupil_id"),
        rs.getString("state"),
        instant(rs, "created_at"),
        sessionId);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
