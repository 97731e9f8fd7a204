package fr.passerelle.app.townhall.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Saint-Étienne's canteen: the menus of this week and the next (a vegetarian main each day, the
 * allergens of every dish), a deadline of two days before at 10:00, and Léa Martin registered on
 * Mondays, Tuesdays and Thursdays of both weeks; judo and the evening care at Jules Ferry (Léa goes
 * to the care), and a page about the canteen's meals.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class TownHallDemo implements DemoContribution {

  /** A dish of the demo: course, name, vegetarian, allergens. */
  record D(String course, String name, boolean vegetarian, String... allergens) {}

  static final List<List<D>> WEEK =
      List.of(
          List.of(
              new D("STARTER", "Carottes râpées", true, "MUSTARD"),
              new D("MAIN", "Poulet rôti", false),
              new D("MAIN", "Omelette aux fines herbes", true, "EGGS"),
              new D("SIDE", "Riz aux petits légumes", true, "CELERY"),
              new D("DAIRY", "Yaourt nature", true, "MILK"),
              new D("DESSERT", "Pomme", true)),
          List.of(
              new D("STARTER", "Salade de lentilles", true, "MUSTARD"),
              new D("MAIN", "Filet de poisson pané", false, "FISH", "GLUTEN"),
              new D("MAIN", "Galette de légumes", true, "GLUTEN"),
              new D("SIDE", "Purée de pommes de terre", true, "MILK"),
              new D("DAIRY", "Fromage blanc", true, "MILK"),
              new D("DESSERT", "Compote de poires", true)),
          List.of(
              new D("STARTER", "Velouté de potiron", true, "MILK", "CELERY"),
              new D("MAIN", "Bœuf bourguignon", false, "SULPHITES"),
              new D("MAIN", "Lasagnes aux épinards", true, "GLUTEN", "MILK", "EGGS"),
              new D("SIDE", "Haricots verts", true),
              new D("DAIRY", "Saint-Nectaire", true, "MILK"),
              new D("DESSERT", "Gâteau au chocolat", true, "GLUTEN", "EGGS", "MILK", "NUTS")),
          List.of(
              new D("STARTER", "Concombre à la crème", true, "MILK"),
              new D("MAIN", "Pâtes à la bolognaise", false, "GLUTEN", "CELERY"),
              new D("MAIN", "Pâtes aux lentilles corail", true, "GLUTEN"),
              new D("SIDE", "Brocolis", true),
              new D("DAIRY", "Emmental", true, "MILK"),
              new D("DESSERT", "Clémentines", true)));

  private final SchoolTime time;

  TownHallDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 160;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long commune = DemoContribution.id(db, "select id from commune where name = 'Saint-Étienne'");
    long staff =
        DemoContribution.id(db, "select id from account where username = 'mairie.saint-etienne'");
    long lea = DemoContribution.id(db, "select id from account where username = 'lea.martin'");
    long parent =
        DemoContribution.id(db, "select id from account where username = 'parent.martin'");
    Instant now = time.now();
    LocalDate monday = time.dateOf(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into canteen_deadline (commune_id, days_before, at_time, updated_by,"
                + " updated_at) values (?, 2, ?, ?, ?)")) {
      st.setLong(1, commune);
      st.setTime(2, Time.valueOf(LocalTime.of(10, 0)));
      st.setLong(3, staff);
      st.setTimestamp(4, Timestamp.from(now));
      st.executeUpdate();
    }
    List<DayOfWeek> days =
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    for (int week = 0; week < 2; week++) {
      for (int d = 0; d < days.size(); d++) {
        LocalDate day = monday.plusWeeks(week).with(TemporalAdjusters.nextOrSame(days.get(d)));
        menu(db, commune, staff, day, WEEK.get((d + week) % WEEK.size()), now);
        if (days.get(d) != DayOfWeek.FRIDAY) {
          try (PreparedStatement st =
              db.prepareStatement(
                  "insert into canteen_registration (pupil_id, meal_day, eats, reason, by_account,"
                      + " changed_at) values (?, ?, true, 'PARENT', ?, ?)")) {
            st.setLong(1, lea);
            st.setDate(2, Date.valueOf(day));
            st.setLong(3, parent);
            st.setTimestamp(4, Timestamp.from(now.minusSeconds(7 * 24 * 3600)));
            st.executeUpdate();
          }
        }
      }
    }
    long ferry = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    activity(
        db,
        ferry,
        "ACTIVITY",
        "Judo",
        "Initiation au judo avec le club du quartier.",
        "Le mardi de 16 h 30 à 17 h 30",
        12,
        monday.plusWeeks(2),
        staff,
        now);
    long care =
        activity(
            db,
            ferry,
            "CARE",
            "Garderie du soir",
            "Accueil après la classe, goûter compris.",
            "Chaque soir de classe jusqu’à 18 h 30",
            30,
            monday.plusWeeks(4),
            staff,
            now);
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into after_school_registration (activity_id, pupil_id, registered,"
                + " by_account, changed_at) values (?, ?, true, ?, ?)")) {
      st.setLong(1, care);
      st.setLong(2, lea);
      st.setLong(3, parent);
      st.setTimestamp(4, Timestamp.from(now));
      st.executeUpdate();
    }
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into school_life_page (commune_id, title, body, published_by, published_at)"
                + " values (?,?,?,?,?)")) {
      st.setLong(1, commune);
      st.setString(2, "Les repas à la cantine");
      st.setString(
          3,
          "Les repas sont préparés chaque matin par la cuisine centrale de la ville, avec des"
              + " produits de saison.\n\nUn plat végétarien est proposé chaque jour. Les"
              + " allergènes de chaque plat sont indiqués sur les menus.");
      st.setLong(4, staff);
      st.setTimestamp(5, Timestamp.from(now));
      st.executeUpdate();
    }
  }

  private static long activity(
      Connection db,
      long school,
      String kind,
      String title,
      String description,
      String schedule,
      int places,
      LocalDate closes,
      long staff,
      Instant now)
      throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into after_school_activity (school_id, kind, title, description, schedule,"
                + " places, closes_on, created_by, created_at) values (?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setLong(1, school);
      st.setString(2, kind);
      st.setString(3, title);
      st.setString(4, description);
      st.setString(5, schedule);
      st.setInt(6, places);
      st.setDate(7, Date.valueOf(closes));
      st.setLong(8, staff);
      st.setTimestamp(9, Timestamp.from(now));
      st.executeUpdate();
      return key(st);
    }
  }

  private static void menu(
      Connection db, long commune, long staff, LocalDate day, List<D> dishes, Instant now)
      throws SQLException {
    long menu;
    try (PreparedStatement st =
        db.prepareStatement(
            "insert into canteen_menu (commune_id, menu_day, published_by, published_at)"
                + " values (?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      st.setLong(1, commune);
      st.setDate(2, Date.valueOf(day));
      st.setLong(3, staff);
      st.setTimestamp(4, Timestamp.from(now));
      st.executeUpdate();
      menu = key(st);
    }
    for (int i = 0; i < dishes.size(); i++) {
      D dish = dishes.get(i);
      long id;
      try (PreparedStatement st =
          db.prepareStatement(
              "insert into canteen_dish (menu_id, sort_order, course, name, vegetarian)"
                  + " values (?,?,?,?,?)",
              Statement.RETURN_GENERATED_KEYS)) {
        st.setLong(1, menu);
        st.setInt(2, i);
        st.setString(3, dish.course());
        st.setString(4, dish.name());
        st.setBoolean(5, dish.vegetarian());
        st.executeUpdate();
        id = key(st);
      }
      for (String allergen : dish.allergens()) {
        try (PreparedStatement st =
            db.prepareStatement(
                "insert into canteen_dish_allergen (dish_id, allergen) values (?,?)")) {
          st.setLong(1, id);
          st.setString(2, allergen);
          st.executeUpdate();
        }
      }
    }
  }

  private static long key(PreparedStatement st) throws SQLException {
    try (ResultSet keys = st.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
