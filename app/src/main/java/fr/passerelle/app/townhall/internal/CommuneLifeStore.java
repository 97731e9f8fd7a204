package fr.passerelle.app.townhall.internal;

import fr.passerelle.app.townhall.Activity;
import fr.passerelle.app.townhall.ActivityKind;
import fr.passerelle.app.townhall.InfoPage;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * School-life pages and after-school activities, in plain SQL. Registrations are only inserted: the
 * latest row of a pupil and an activity is the state.
 */
@Repository
public class CommuneLifeStore {

  private static final String LATEST =
      " r.id = (select max(r2.id) from after_school_registration r2"
          + " where r2.activity_id = r.activity_id and r2.pupil_id = r.pupil_id)";

  private final JdbcClient jdbc;

  CommuneLifeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertPage(long communeId, String title, String body, long by, Instant at) {
    jdbc.sql(
            "insert into school_life_page (commune_id, title, body, published_by, published_at)"
                + " values (?,?,?,?,?)")
        .params(communeId, title, body, by, Timestamp.from(at))
        .update();
  }

  public List<InfoPage> pages(long communeId) {
    return jdbc.sql(
            "select id, commune_id, title, body, published_at from school_life_page"
                + " where commune_id = ? order by published_at desc, id desc")
        .param(communeId)
        .query(
            (rs, n) ->
                new InfoPage(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .list();
  }

  public Optional<Long> communeOfSchool(long schoolId) {
    return jdbc.sql("select commune_id from school where id = ?")
        .param(schoolId)
        .query(Long.class)
        .optional();
  }

  public void insertActivity(
      long schoolId,
      ActivityKind kind,
      String title,
      String description,
      String schedule,
      int places,
      LocalDate closesOn,
      long by,
      Instant at) {
    jdbc.sql(
            "insert into after_school_activity (school_id, kind, title, description, schedule,"
                + " places, closes_on, created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
        .params(
            schoolId,
            kind.name(),
            title,
            description,
            schedule,
            places,
            Date.valueOf(closesOn),
            by,
            Timestamp.from(at))
        .update();
  }

  /** The activities of a commune's schools, with the places taken and the pupil's own. */
  public List<Activity> ofCommune(long communeId, long pupilId) {
    return activities("s.commune_id = ?", communeId, pupilId);
  }

  /** The activities of a school. */
  public List<Activity> ofSchool(long schoolId, long pupilId) {
    return activities("a.school_id = ?", schoolId, pupilId);
  }

  public Optional<Activity> activity(long id, long pupilId) {
    return activities("a.id = ?", id, pupilId).stream().findFirst();
  }

  private List<Activity> activities(String where, long param, long pupilId) {
    Set<Long> mine = new HashSet<>();
    jdbc.sql(
            "select r.activity_id from after_school_registration r where r.pupil_id = ? and"
                + LATEST
                + " and r.registered = true")
        .param(pupilId)
        .query(
            rs -> {
              mine.add(rs.getLong(1));
            });
    return jdbc.sql(
            "select a.id, a.school_id, s.name, a.kind, a.title, a.description, a.schedule,"
                + " a.places, a.closes_on, (select count(*) from after_school_registration r"
                + " where r.activity_id = a.id and r.registered = true and"
                + LATEST
                + ") from after_school_activity a join school s on s.id = a.school_id where "
                + where
                + " order by s.name, a.kind, a.title, a.id")
        .param(param)
        .query((rs, n) -> activity(rs, mine))
        .list();
  }

  public void register(long activityId, long pupilId, boolean registered, long by, Instant at) {
    jdbc.sql(
            "insert into after_school_registration (activity_id, pupil_id, registered,"
                + " by_account, changed_at) values (?,?,?,?,?)")
        .params(activityId, pupilId, registered, by, Timestamp.from(at))
        .update();
  }

  private static Activity activity(ResultSet rs, Set<Long> mine) throws SQLException {
    long id = rs.getLong(1);
    return new Activity(
        id,
        rs.getLong(2),
        rs.getString(3),
        ActivityKind.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getInt(8),
        rs.getDate(9).toLocalDate(),
        rs.getInt(10),
        mine.contains(id));
  }
}
