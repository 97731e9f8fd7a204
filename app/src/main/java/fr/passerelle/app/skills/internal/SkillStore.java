package fr.passerelle.app.skills.internal;

import fr.passerelle.app.skills.Competence;
import fr.passerelle.app.skills.Framework;
import fr.passerelle.app.skills.SkillArea;
import fr.passerelle.app.skills.SkillLevel;
import fr.passerelle.app.skills.Validation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The framework and the validations, in SQL. Callers check the scope first. */
@Repository
public class SkillStore {

  private static final String VALIDATION =
      "select v.id, v.pupil_id, v.competence_code, v.level, v.validated_on, v.comment,"
          + " t.first_name || ' ' || t.last_name as teacher, v.recorded_at"
          + " from skill_validation v join account t on t.id = v.teacher_id";

  /** Newest first: the latest date, then the latest recorded on that date. */
  private static final String NEWEST = " order by v.validated_on desc, v.id desc";

  private final JdbcClient jdbc;

  SkillStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Framework framework() {
    List<Competence> competences =
        jdbc.sql(
                "select c.code, c.area_number, a.name as area, c.name from skill_competence c"
                    + " join skill_area a on a.number = c.area_number"
                    + " order by c.area_number, c.position")
            .query(
                (rs, n) ->
                    new Competence(
                        rs.getString("code"),
                        rs.getInt("area_number"),
                        rs.getString("area"),
                        rs.getString("name")))
            .list();
    Map<Integer, SkillArea> areas = new LinkedHashMap<>();
    jdbc.sql("select number, name from skill_area order by number")
        .query((rs, n) -> new SkillArea(rs.getInt(1), rs.getString(2), List.of()))
        .list()
        .forEach(a -> areas.put(a.number(), a));
    List<SkillArea> filled =
        areas.values().stream()
            .map(
                a ->
                    new SkillArea(
                        a.number(),
                        a.name(),
                        competences.stream().filter(c -> c.areaNumber() == a.number()).toList()))
            .toList();
    List<SkillLevel> levels =
        jdbc.sql("select level, stage, description from skill_level order by level")
            .query((rs, n) -> new SkillLevel(rs.getInt(1), rs.getString(2), rs.getString(3)))
            .list();
    return new Framework(filled, levels);
  }

  public long insert(
      long pupilId,
      String code,
      int level,
      LocalDate on,
      @Nullable String comment,
      long teacherId,
      long classId,
      Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into skill_validation (pupil_id, competence_code, level, validated_on,"
                + " comment, teacher_id, class_id, recorded_at) values (?,?,?,?,?,?,?,?)")
        .params(pupilId, code, level, on, comment, teacherId, classId, Timestamp.from(now))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  public java.util.Optional<Validation> find(long id) {
    return jdbc.sql(VALIDATION + " where v.id = ?")
        .param(id)
        .query(SkillStore::validation)
        .optional();
  }

  /** Each competence's latest validation for a pupil, by code. */
  public Map<String, Validation> latest(long pupilId) {
    Map<String, Validation> latest = new HashMap<>();
    jdbc.sql(VALIDATION + " where v.pupil_id = ?" + NEWEST)
        .param(pupilId)
        .query(SkillStore::validation)
        .list()
        .forEach(v -> latest.putIfAbsent(v.competenceCode(), v));
    return latest;
  }

  /** A pupil's validations, newest first, a page at a time. */
  public List<Validation> history(long pupilId, int offset, int limit) {
    return jdbc.sql(
            VALIDATION + " where v.pupil_id = ?" + NEWEST + " offset ? rows fetch next ? rows only")
        .params(pupilId, offset, limit)
        .query(SkillStore::validation)
        .list();
  }

  public int countHistory(long pupilId) {
    return jdbc.sql("select count(*) from skill_validation where pupil_id = ?")
        .param(pupilId)
        .query(Integer.class)
        .single();
  }

  /** The latest level of each pupil in each competence where they have one. */
  public Map<Long, Map<String, Integer>> latestLevels(Collection<Long> pupilIds) {
    Map<Long, Map<String, Integer>> levels = new HashMap<>();
    if (pupilIds.isEmpty()) {
      return levels;
    }
    jdbc.sql(
            "select v.pupil_id, v.competence_code, v.level from skill_validation v"
                + " where v.pupil_id in (:pupils)"
                + NEWEST)
        .param("pupils", List.copyOf(pupilIds))
        .query(
            (ResultSet rs) -> {
              levels
                  .computeIfAbsent(rs.getLong(1), p -> new HashMap<>())
                  .putIfAbsent(rs.getString(2), rs.getInt(3));
            });
    return levels;
  }

  private static Validation validation(ResultSet rs, int row) throws SQLException {
    return new Validation(
        rs.getLong("id"),
        rs.getLong("pupil_id"),
        rs.getString("competence_code"),
        rs.getInt("level"),
        rs.getObject("validated_on", LocalDate.class),
        rs.getString("comment"),
        rs.getString("teacher"),
        rs.getTimestamp("recorded_at").toInstant());
  }
}
