package fr.passerelle.app.townhall.internal;

import fr.passerelle.app.townhall.Allergen;
import fr.passerelle.app.townhall.CanteenMenu;
import fr.passerelle.app.townhall.Course;
import fr.passerelle.app.townhall.Deadline;
import fr.passerelle.app.townhall.Dish;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The canteen's tables, in plain SQL. No rule lives here: {@code CanteenService} checks the caller
 * before it calls any method. Registrations are only ever inserted: the latest row of a pupil and a
 * day is the state, the earlier ones are the history.
 */
@Repository
public class CanteenStore {

  /** Where a pupil is enrolled: class, school and commune. */
  public record Placement(long classId, long schoolId, String schoolName, long communeId) {}

  /** The latest registration of a pupil for a day. */
  public record Registration(LocalDate day, boolean eats, String reason, @Nullable Long outingId) {}

  /** An outing of a class on a day. */
  public record Outing(long outingId, LocalDate day, String title) {}

  /** A school of a commune. */
  public record SchoolName(long id, String name) {}

  private final JdbcClient jdbc;

  CanteenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Placement> placementOf(long pupilId) {
    return jdbc
        .sql(
            "select c.id, s.id, s.name, s.commune_id from enrolment e"
                + " join school_class c on c.id = e.class_id join school s on s.id = c.school_id"
                + " where e.pupil_id = ? order by c.id")
        .param(pupilId)
        .query(
            (rs, n) -> new Placement(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
        .list()
        .stream()
        .findFirst();
  }

  public List<SchoolName> schoolsOf(long communeId) {
    return jdbc.sql("select id, name from school where commune_id = ? order by name, id")
        .param(communeId)
        .query((rs, n) -> new SchoolName(rs.getLong(1), rs.getString(2)))
        .list();
  }

  // ---- menus ----

  /** Replaces the commune's menu of a day. */
  public void saveMenu(long communeId, LocalDate day, List<Dish> dishes, long by, Instant at) {
    jdbc.sql("delete from canteen_menu where commune_id = ? and menu_day = ?")
        .params(communeId, Date.valueOf(day))
        .update();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into canteen_menu (commune_id, menu_day, published_by, published_at)"
                + " values (?,?,?,?)")
        .params(communeId, Date.valueOf(day), by, Timestamp.from(at))
        .update(key, "id");
    long menuId = key.getKeyAs(Number.class).longValue();
    for (int i = 0; i < dishes.size(); i++) {
      Dish dish = dishes.get(i);
      KeyHolder dishKey = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into canteen_dish (menu_id, sort_order, course, name, vegetarian)"
                  + " values (?,?,?,?,?)")
          .params(menuId, i, dish.course().name(), dish.name(), dish.vegetarian())
          .update(dishKey, "id");
      long dishId = dishKey.getKeyAs(Number.class).longValue();
      for (Allergen allergen : dish.allergensInOrder()) {
        jdbc.sql("insert into canteen_dish_allergen (dish_id, allergen) values (?,?)")
            .params(dishId, allergen.name())
            .update();
      }
    }
  }

  /** The commune's menus between two days (included), by day. */
  public Map<LocalDate, CanteenMenu> menus(long communeId, LocalDate from, LocalDate to) {
    record DishRow(long id, LocalDate day, Course course, String name, boolean vegetarian) {}
    List<DishRow> rows =
        jdbc.sql(
                "select d.id, m.menu_day, d.course, d.name, d.vegetarian from canteen_menu m"
                    + " join canteen_dish d on d.menu_id = m.id"
                    + " where m.commune_id = ? and m.menu_day between ? and ?"
                    + " order by m.menu_day, d.sort_order, d.id")
            .params(communeId, Date.valueOf(from), Date.valueOf(to))
            .query(
                (rs, n) ->
                    new DishRow(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        Course.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getBoolean(5)))
            .list();
    Map<Long, Set<Allergen>> allergens = new HashMap<>();
    jdbc.sql(
            "select a.dish_id, a.allergen from canteen_dish_allergen a"
                + " join canteen_dish d on d.id = a.dish_id join canteen_menu m on m.id = d.menu_id"
                + " where m.commune_id = ? and m.menu_day between ? and ?")
        .params(communeId, Date.valueOf(from), Date.valueOf(to))
        .query(
            rs -> {
              allergens
                  .computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Allergen.class))
                  .add(Allergen.valueOf(rs.getString(2)));
            });
    Map<LocalDate, List<Dish>> byDay = new LinkedHashMap<>();
    for (DishRow r : rows) {
      byDay
          .computeIfAbsent(r.day(), d -> new ArrayList<>())
          .add(
              new Dish(
                  r.course(), r.name(), allergens.getOrDefault(r.id(), Set.of()), r.vegetarian()));
    }
    Map<LocalDate, CanteenMenu> menus = new LinkedHashMap<>();
    byDay.forEach((day, dishes) -> menus.put(day, new CanteenMenu(communeId, day, dishes)));
    return menus;
  }

  // ---- deadline ----

  public Optional<Deadline> deadline(long communeId) {
    return jdbc.sql("select days_before, at_time from canteen_deadline where commune_id = ?")
        .param(communeId)
        .query((rs, n) -> new Deadline(rs.getInt(1), rs.getTime(2).toLocalTime()))
        .optional();
  }

  public void saveDeadline(long communeId, Deadline deadline, long by, Instant at) {
    int changed =
        jdbc.sql(
                "update canteen_deadline set days_before = ?, at_time = ?, updated_by = ?,"
                    + " updated_at = ? where commune_id = ?")
            .params(
                deadline.daysBefore(),
                Time.valueOf(deadline.at()),
                by,
                Timestamp.from(at),
                communeId)
            .update();
    if (changed == 0) {
      jdbc.sql(
              "insert into canteen_deadline (commune_id, days_before, at_time, updated_by,"
                  + " updated_at) values (?,?,?,?,?)")
          .params(
              communeId, deadline.daysBefore(), Time.valueOf(deadline.at()), by, Timestamp.from(at))
          .update();
    }
  }

  // ---- registrations ----

  /** The latest registration of a pupil for each day between two days (included). */
  public Map<LocalDate, Registration> registrations(long pupilId, LocalDate from, LocalDate to) {
    Map<LocalDate, Registration> latest = new HashMap<>();
    jdbc.sql(
            "select meal_day, eats, reason, outing_id from canteen_registration"
                + " where pupil_id = ? and meal_day between ? and ? order by id")
        .params(pupilId, Date.valueOf(from), Date.valueOf(to))
        .query(
            rs -> {
              long outing = rs.getLong(4);
              Registration r =
                  new Registration(
                      rs.getDate(1).toLocalDate(),
                      rs.getBoolean(2),
                      rs.getString(3),
                      rs.wasNull() ? null : outing);
              latest.put(r.day(), r);
            });
    return latest;
  }

  public void register(
      long pupilId,
      LocalDate day,
      boolean eats,
      String reason,
      @Nullable Long outingId,
      long by,
      Instant at) {
    jdbc.sql(
            "insert into canteen_registration (pupil_id, meal_day, eats, reason, outing_id,"
                + " by_account, changed_at) values (?,?,?,?,?,?,?)")
        .params(pupilId, Date.valueOf(day), eats, reason, outingId, by, Timestamp.from(at))
        .update();
  }

  /** Meals per school and day, from the latest registration of each pupil of the commune. */
  public Map<Long, Map<LocalDate, Integer>> mealCounts(
      long communeId, LocalDate from, LocalDate to) {
    Map<Long, Map<LocalDate, Integer>> counts = new HashMap<>();
    jdbc.sql(
            "select c.school_id, r.meal_day, count(*) from canteen_registration r"
                + " join enrolment e on e.pupil_id = r.pupil_id"
                + " join school_class c on c.id = e.class_id"
                + " join school s on s.id = c.school_id"
                + " where s.commune_id = ? and r.meal_day between ? and ? and r.eats = true"
                + " and r.id = (select max(r2.id) from canteen_registration r2"
                + " where r2.pupil_id = r.pupil_id and r2.meal_day = r.meal_day)"
                + " group by c.school_id, r.meal_day")
        .params(communeId, Date.valueOf(from), Date.valueOf(to))
        .query(
            rs -> {
              counts
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .put(rs.getDate(2).toLocalDate(), rs.getInt(3));
            });
    return counts;
  }

  // ---- outings ----

  /** The pupils of these classes who eat at the canteen on this day (their latest row). */
  public List<Long> eatingOn(Set<Long> classIds, LocalDate day) {
    List<Long> pupils = new ArrayList<>();
    for (long classId : classIds) {
      pupils.addAll(
          jdbc.sql(
                  "select r.pupil_id from canteen_registration r"
                      + " join enrolment e on e.pupil_id = r.pupil_id"
                      + " where e.class_id = ? and r.meal_day = ? and r.eats = true"
                      + " and r.id = (select max(r2.id) from canteen_registration r2"
                      + " where r2.pupil_id = r.pupil_id and r2.meal_day = r.meal_day)"
                      + " order by r.pupil_id")
              .params(classId, Date.valueOf(day))
              .query(Long.class)
              .list());
    }
    return pupils;
  }

  /** Records (or moves) an outing's day for its classes. */
  public void saveOuting(long outingId, Set<Long> classIds, LocalDate day, String title) {
    jdbc.sql("delete from canteen_outing where outing_id = ?").param(outingId).update();
    String cut = title.length() > 200 ? title.substring(0, 200) : title;
    for (long classId : classIds) {
      jdbc.sql(
              "insert into canteen_outing (outing_id, class_id, outing_day, title)"
                  + " select ?, id, ?, ? from school_class where id = ?")
          .params(outingId, Date.valueOf(day), cut, classId)
          .update();
    }
  }

  /** The outings of a class between two days (included), by day (the first of a day). */
  public Map<LocalDate, Outing> outings(long classId, LocalDate from, LocalDate to) {
    Map<LocalDate, Outing> outings = new HashMap<>();
    jdbc.sql(
            "select outing_id, outing_day, title from canteen_outing"
                + " where class_id = ? and outing_day between ? and ? order by outing_id")
        .params(classId, Date.valueOf(from), Date.valueOf(to))
        .query(
            rs -> {
              Outing o = new Outing(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3));
              outings.putIfAbsent(o.day(), o);
            });
    return outings;
  }
}
