package fr.passerelle.app.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Family links with the restriction in force on each, and the accounts' e-mail addresses. */
@Repository
public class GuardianLinkStore {

  private final JdbcClient jdbc;

  GuardianLinkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A parent's link to a child, with the restriction in force if any (all null when none). */
  public record LinkRow(
      long parentId,
      @Nullable Long restrictionId,
      @Nullable Instant at,
      @Nullable Long by,
      @Nullable String reason) {}

  /** Every parent linked to the child, restricted or not. */
  public List<LinkRow> linksOf(long pupilId) {
    return jdbc.sql(
            "select g.parent_id, r.id, r.restricted_at, r.restricted_by, r.reason"
                + " from guardianship g left join guardianship_restriction r"
                + " on r.parent_id = g.parent_id and r.pupil_id = g.pupil_id"
                + " and r.lifted_at is null where g.pupil_id = ?")
        .param(pupilId)
        .query(
            (rs, n) -> {
              long rid = rs.getLong(2);
              boolean none = rs.wasNull();
              Timestamp at = rs.getTimestamp(3);
              return new LinkRow(
                  rs.getLong(1),
                  none ? null : rid,
                  at == null ? null : at.toInstant(),
                  none ? null : rs.getLong(4),
                  rs.getString(5));
            })
        .list();
  }

  public boolean isLinked(long parentId, long pupilId) {
    return jdbc.sql("select count(*) from guardianship where parent_id = ? and pupil_id = ?")
            .params(parentId, pupilId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** The restriction in force on a link, if any. */
  public Optional<Long> restrictionOf(long parentId, long pupilId) {
    return jdbc.sql(
            "select id from guardianship_restriction where parent_id = ? and pupil_id = ?"
                + " and lifted_at is null")
        .params(parentId, pupilId)
        .query(Long.class)
        .optional();
  }

  public void insertRestriction(
      long parentId, long pupilId, long directorId, @Nullable String reason, Instant at) {
    jdbc.sql(
            "insert into guardianship_restriction (parent_id, pupil_id, restricted_at,"
                + " restricted_by, reason) values (?, ?, ?, ?, ?)")
        .params(parentId, pupilId, Timestamp.from(at), directorId, reason)
        .update();
  }

  /** Lifts the restriction in force on a link; false when there was none. */
  public boolean liftRestriction(long parentId, long pupilId, long directorId, Instant at) {
    return jdbc.sql(
                "update guardianship_restriction set lifted_at = ?, lifted_by = ?"
                    + " where parent_id = ? and pupil_id = ? and lifted_at is null")
            .params(Timestamp.from(at), directorId, parentId, pupilId)
            .update()
        > 0;
  }

  public Optional<String> emailOf(long accountId) {
    return jdbc.sql("select email from account where id = ? and email is not null")
        .param(accountId)
        .query(String.class)
        .optional();
  }

  public void setEmail(long accountId, @Nullable String email) {
    jdbc.sql("update account set email = ? where id = ?").params(email, accountId).update();
  }
}
