package fr.passerelle.app.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every family link of a child with its state, and the restrictions a director records on one link
 * (separated parents) and lifts. {@link People} leaves restricted links out; this class is for the
 * director's view. Like {@link People}, these methods do not check the caller: the calling service
 * has already checked the director's school.
 */
@Service
@Transactional(readOnly = true)
public class Guardianships {

  private final JdbcClient jdbc;
  private final People people;

  Guardianships(JdbcClient jdbc, People people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  private record Row(
      long parentId,
      @Nullable Long restrictionId,
      @Nullable Instant at,
      @Nullable Long by,
      @Nullable String reason) {}

  /** Every parent linked to the child, restricted or not, sorted by name. */
  public List<GuardianLink> allLinksOf(long pupilId) {
    List<Row> rows =
        jdbc.sql(
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
                  return new Row(
                      rs.getLong(1),
                      none ? null : rid,
                      at == null ? null : at.toInstant(),
                      none ? null : rs.getLong(4),
                      rs.getString(5));
                })
            .list();
    List<Long> ids = new ArrayList<>();
    rows.forEach(
        r -> {
          ids.add(r.parentId());
          if (r.by() != null) {
            ids.add(r.by());
          }
        });
    Map<Long, PersonName> names =
        people.names(ids).stream()
            .collect(Collectors.toMap(PersonName::id, Function.identity(), (a, b) -> a));
    return rows.stream()
        .map(
            r ->
                new GuardianLink(
                    names.get(r.parentId()),
                    pupilId,
                    r.restrictionId() == null
                        ? null
                        : new GuardianLink.Restriction(
                            r.restrictionId(), r.at(), names.get(r.by()), r.reason())))
        .sorted(
            java.util.Comparator.comparing((GuardianLink l) -> l.parent().lastName())
                .thenComparing(l -> l.parent().firstName()))
        .toList();
  }

  /** Whether the parent is linked to the child at all, restricted or not. */
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

  /** Records a restriction on a link that has none in force; false when one already was. */
  @Transactional
  public boolean restrict(
      long parentId, long pupilId, long directorId, @Nullable String reason, Instant at) {
    if (restrictionOf(parentId, pupilId).isPresent()) {
      return false;
    }
    jdbc.sql(
            "insert into guardianship_restriction (parent_id, pupil_id, restricted_at,"
                + " restricted_by, reason) values (?, ?, ?, ?, ?)")
        .params(parentId, pupilId, Timestamp.from(at), directorId, reason)
        .update();
    return true;
  }

  /** Lifts the restriction in force on a link (kept, with who lifted it and when). */
  @Transactional
  public boolean lift(long parentId, long pupilId, long directorId, Instant at) {
    return jdbc.sql(
                "update guardianship_restriction set lifted_at = ?, lifted_by = ?"
                    + " where parent_id = ? and pupil_id = ? and lifted_at is null")
            .params(Timestamp.from(at), directorId, parentId, pupilId)
            .update()
        > 0;
  }

  /** The e-mail address of an account, if it has one. */
  public Optional<String> emailOf(long accountId) {
    return jdbc.sql("select email from account where id = ? and email is not null")
        .param(accountId)
        .query(String.class)
        .optional();
  }

  /** Changes the e-mail address of an account (null removes it). */
  @Transactional
  public void setEmail(long accountId, @Nullable String email) {
    jdbc.sql("update account set email = ? where id = ?").params(email, accountId).update();
  }
}
