package fr.passerelle.app.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The demo data (see {@link DemoData}): real communes of the Saint-Étienne area, twelve schools,
 * their classes, pupils with various declared needs, their parents, teachers, and one named account
 * per role. Every demo account has the password {@value #PASSWORD}.
 */
final class DemoSeed {

  static final String PASSWORD = DemoData.PASSWORD;
  static final String YEAR = "2026-2027";

  private record Town(String name, String postalCode, double lat, double lon) {}

  private record SchoolSeed(int town, String uai, String name, String kind, List<String> levels) {}

  private static final List<Town> TOWNS =
      List.of(
          new Town("Saint-Étienne", "42000", 45.43389, 4.39000),
          new Town("Saint-Chamond", "42400", 45.47556, 4.51472),
          new Town("Firminy", "42700", 45.38806, 4.28806),
          new Town("Rive-de-Gier", "42800", 45.52861, 4.61778),
          new Town("Roche-la-Molière", "42230", 45.43111, 4.32361),
          new Town("Villars", "42390", 45.46778, 4.35556),
          new Town("La Talaudière", "42350", 45.47806, 4.43222),
          new Town("Saint-Genest-Lerpt", "42530", 45.44611, 4.33944));

  private static final List<SchoolSeed> SCHOOLS =
      List.of(
          new SchoolSeed(
              0,
              "0420101A",
              "École élémentaire Jules Ferry",
              "ELEMENTARY",
              List.of("CP", "CE1", "CM2")),
          new SchoolSeed(
              0, "0420102B", "École primaire Le Soleil", "PRIMARY", List.of("GS", "CE2", "CM1")),
          new SchoolSeed(
              0, "0420103C", "École maternelle Tarentaize", "NURSERY", List.of("PS", "MS", "GS")),
          new SchoolSeed(
              0, "0420104D", "École élémentaire Bergson", "ELEMENTARY", List.of("CP", "CM1")),
          new SchoolSeed(
              1, "0420105E", "École primaire Lamartine", "PRIMARY", List.of("MS", "CE1", "CM2")),
          new SchoolSeed(1, "0420106F", "École maternelle Fonsala", "NURSERY", List.of("PS", "GS")),
          new SchoolSeed(
              2, "0420107G", "École primaire Le Corbusier", "PRIMARY", List.of("GS", "CP", "CE2")),
          new SchoolSeed(
              3, "0420108H", "École élémentaire Jean Moulin", "ELEMENTARY", List.of("CE1", "CM1")),
          new SchoolSeed(
              4, "0420109J", "École primaire Victor Hugo", "PRIMARY", List.of("MS", "CE2", "CM2")),
          new SchoolSeed(
              5, "0420110K", "École primaire Jacques Prévert", "PRIMARY", List.of("GS", "CM1")),
          new SchoolSeed(
              6, "0420111L", "École élémentaire Pasteur", "ELEMENTARY", List.of("CP", "CE2")),
          new SchoolSeed(
              7, "0420112M", "École primaire Marie Curie", "PRIMARY", List.of("PS", "CE1", "CM2")));

  private static final List<String> FIRST_NAMES =
      List.of(
          "Emma", "Gabriel", "Jade", "Raphaël", "Louise", "Léo", "Ambre", "Louis", "Alba", "Arthur",
          "Rose", "Jules", "Lina", "Adam", "Chloé", "Maël", "Inès", "Noah", "Mila", "Sacha", "Anna",
          "Nolan", "Zoé", "Yanis", "Manon", "Ethan", "Lou", "Hugo", "Sofia", "Aylan");

  private static final List<String> LAST_NAMES =
      List.of(
          "Bernard",
          "Thomas",
          "Petit",
          "Robert",
          "Richard",
          "Dubois",
          "Moreau",
          "Laurent",
          "Simon",
          "Michel",
          "Lefebvre",
          "Leroy",
          "Roux",
          "David",
          "Bertrand",
          "Morel",
          "Fournier",
          "Girard",
          "Bonnet",
          "Dupont",
          "Lambert",
          "Faure",
          "Rousseau",
          "Blanc",
          "Guerin",
          "Muller",
          "Henry",
          "Roussel",
          "Nicolas",
          "Perrin");

  private static final List<String> NEEDS =
      List.of(
          "LARGE_PRINT",
          "SCREEN_READER",
          "HEARING_SUPPORT",
          "SWITCH_ACCESS",
          "READING_SUPPORT",
          "ATTENTION_SUPPORT",
          "SIMPLIFIED_CONTENT",
          "REMOTE_ATTENDANCE");

  private final Set<String> usernames = new HashSet<>();
  private @Nullable String hash;
  private long martinFamily;

  void run(Connection db) throws SQLException {
    // One hash for every demo account: hashing hundreds of passwords would slow the first start.
    hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
    long[] towns = new long[TOWNS.size()];
    for (int i = 0; i < TOWNS.size(); i++) {
      Town t = TOWNS.get(i);
      towns[i] =
          insert(
              db,
              "insert into commune (name, postal_code, latitude, longitude) values (?,?,?,?)",
              t.name(),
              t.postalCode(),
              t.lat(),
              t.lon());
    }
    account(db, "admin", "Nadia", "Benali", null, null, "ADMIN");
    account(db, "technicien", "Marc", "Rousset", null, null, "TECHNICIAN");
    account(db, "mairie.saint-etienne", "Claire", "Fontaine", null, towns[0], "TOWN_HALL");
    account(db, "mairie.saint-chamond", "Olivier", "Chapuis", null, towns[1], "TOWN_HALL");

    int pupilCounter = 0;
    for (int s = 0; s < SCHOOLS.size(); s++) {
      SchoolSeed seed = SCHOOLS.get(s);
      long school =
          insert(
              db,
              "insert into school (commune_id, uai, name, kind) values (?,?,?,?)",
              towns[seed.town()],
              seed.uai(),
              seed.name(),
              seed.kind());
      String slug = slug(seed.name().substring(seed.name().lastIndexOf(' ') + 1));
      if (s == 0) {
        account(db, "directrice.ferry", "Sophie", "Garnier", school, null, "DIRECTOR");
      } else {
        account(
            db, "direction." + slug, "Camille", LAST_NAMES.get(s + 10), school, null, "DIRECTOR");
      }
      for (int c = 0; c < seed.levels().size(); c++) {
        String level = seed.levels().get(c);
        long schoolClass =
            insert(
                db,
                "insert into school_class (school_id, name, level, school_year)"
                    + " values (?,?,?,?)",
                school,
                className(level),
                level,
                YEAR);
        long teacher = teacherOf(db, s, c, school, slug, level);
        update(
            db,
            "insert into class_teacher (class_id, teacher_id) values (?,?)",
            schoolClass,
            teacher);
        if (s == 0 && level.equals("CE1")) {
          namedFamily(db, schoolClass);
        }
        for (int p = 0; p < 6; p++, pupilCounter++) {
          String first = FIRST_NAMES.get(pupilCounter % FIRST_NAMES.size());
          String last = LAST_NAMES.get((pupilCounter * 7 + s) % LAST_NAMES.size());
          long pupil = pupil(db, first, last, schoolClass);
          long parent =
              account(
                  db,
                  "parent." + slug(first + "." + last),
                  "Parent de " + first,
                  last,
                  null,
                  null,
                  "PARENT");
          update(db, "insert into guardianship (parent_id, pupil_id) values (?,?)", parent, pupil);
          if (p == 0) {
            update(
                db,
                "insert into pupil_need (pupil_id, need) values (?,?)",
                pupil,
                NEEDS.get((pupilCounter / 6) % NEEDS.size()));
          }
        }
      }
    }
    youngerBrother(db);
  }

  private long teacherOf(Connection db, int s, int c, long school, String slug, String level)
      throws SQLException {
    if (s == 0 && level.equals("CE1")) {
      return account(db, "enseignante.ferry", "Amélie", "Durand", school, null, "TEACHER");
    }
    if (s == 0 && level.equals("CM2")) {
      return account(
          db, "referent.ferry", "Julien", "Perret", school, null, "TEACHER", "TICE_REFERENT");
    }
    return account(
        db,
        "enseignant." + slug + "." + slug(level),
        "Enseignant " + level,
        LAST_NAMES.get((s * 3 + c) % LAST_NAMES.size()),
        school,
        null,
        "TEACHER");
  }

  /** The Martin and Nguyen families, whose children are in Amélie Durand's CE1. */
  private void namedFamily(Connection db, long ce1) throws SQLException {
    long lea = pupil(db, "Léa", "Martin", ce1);
    update(db, "insert into pupil_need (pupil_id, need) values (?,?)", lea, "LARGE_PRINT");
    update(db, "insert into pupil_need (pupil_id, need) values (?,?)", lea, "READING_SUPPORT");
    long martin = account(db, "parent.martin", "Karim", "Martin", null, null, "PARENT");
    update(db, "insert into guardianship (parent_id, pupil_id) values (?,?)", martin, lea);
    long hugo = pupil(db, "Hugo", "Nguyen", ce1);
    update(db, "insert into pupil_need (pupil_id, need) values (?,?)", hugo, "SCREEN_READER");
    long nguyen = account(db, "parent.nguyen", "Linh", "Nguyen", null, null, "PARENT");
    update(db, "insert into guardianship (parent_id, pupil_id) values (?,?)", nguyen, hugo);
    martinFamily = martin;
  }

  /** Léa's little brother is in the nursery school of the same neighbourhood. */
  private void youngerBrother(Connection db) throws SQLException {
    long tom = account(db, "tom.martin", "Tom", "Martin", null, null, "PUPIL");
    long gs =
        queryId(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420103C' and c.level = 'GS'");
    update(db, "insert into enrolment (pupil_id, class_id) values (?,?)", tom, gs);
    update(db, "insert into guardianship (parent_id, pupil_id) values (?,?)", martinFamily, tom);
  }

  private long pupil(Connection db, String first, String last, long schoolClass)
      throws SQLException {
    long id = account(db, slug(first + "." + last), first, last, null, null, "PUPIL");
    update(db, "insert into enrolment (pupil_id, class_id) values (?,?)", id, schoolClass);
    return id;
  }

  private long account(
      Connection db,
      String username,
      String first,
      String last,
      @Nullable Long school,
      @Nullable Long commune,
      String... roles)
      throws SQLException {
    String unique = username;
    for (int n = 2; !usernames.add(unique); n++) {
      unique = username + n;
    }
    long id =
        insert(
            db,
            "insert into account (username, password_hash, first_name, last_name,"
                + " school_id, commune_id) values (?,?,?,?,?,?)",
            unique,
            hash,
            first,
            last,
            school,
            commune);
    for (String role : roles) {
      update(db, "insert into account_role (account_id, role) values (?,?)", id, role);
    }
    return id;
  }

  private static String className(String level) {
    return switch (level) {
      case "PS" -> "Petite section";
      case "MS" -> "Moyenne section";
      case "GS" -> "Grande section";
      default -> level;
    };
  }

  static String slug(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9.]+", "-");
  }

  private static long insert(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
      bind(statement, args);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, args);
      statement.executeUpdate();
    }
  }

  static long queryId(Connection db, String sql) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
  }
}
