package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A realistic handful of devices in each demo school and a braille display lent to Hugo Nguyen
 * (CE1, Jules Ferry). The helpdesk's demo adds a few tickets on them.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class InventoryDemo implements DemoContribution {

  @Override
  public int order() {
    return 200;
  }

  private final SchoolTime time;

  InventoryDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    Instant now = time.now().truncatedTo(ChronoUnit.MINUTES);
    long[] schools = ids(db, "select id from school order by uai");
    String[] uais = texts(db, "select uai from school order by uai");
    long ferryBraille = 0;
    for (int s = 0; s < schools.length; s++) {
      String code = uais[s].substring(4, 7);
      int year = 2018 + s % 6;
      device(
          db,
          schools[s],
          "COMPUTER",
          null,
          "PC-DIR-" + code,
          "Bureau de direction",
          "CZC" + code + "001",
          "HP",
          "ProDesk 400 G7",
          LocalDate.of(year, 9, 1),
          "Econocom",
          "IN_SERVICE",
          "Microsoft Windows 11 Éducation",
          now);
      for (int p = 1; p <= 3; p++) {
        device(
            db,
            schools[s],
            "COMPUTER",
            null,
            "PC-CLASSE-" + code + "-" + p,
            "Salle informatique",
            "5CG" + code + "10" + p,
            "Lenovo",
            "ThinkCentre M70q",
            LocalDate.of(year + 1, 10, 15),
            "UGAP",
            "IN_SERVICE",
            "Ubuntu 24.04 LTS",
            now);
      }
      long printer =
          device(
              db,
              schools[s],
              "PRINTER",
              null,
              "IMP-" + code,
              "Couloir",
              "PHCVN" + code + "TG",
              "HP",
              "LaserJet M507",
              LocalDate.of(year, 3, 20),
              "Bureau Vallée",
              "IN_SERVICE",
              null,
              now);
      exec(
          db,
          "update device set page_count = ?, consumables = ? where id = ?",
          12000L + s * 1731L,
          "tonerblack " + (20 + s * 7 % 70) + " %",
          printer);
      device(
          db,
          schools[s],
          "NETWORK",
          null,
          "SW-" + code,
          "Local technique",
          "SG" + code + "24P",
          "Netgear",
          "GS324P",
          LocalDate.of(year, 9, 1),
          "UGAP",
          "IN_SERVICE",
          null,
          now);
      device(
          db,
          schools[s],
          "INTERNET_ACCESS",
          null,
          "Fibre " + code,
          "Local technique",
          "FTTH-" + uais[s],
          "Orange",
          "Livebox Pro 6",
          LocalDate.of(2022, 1, 10),
          "Orange",
          "IN_SERVICE",
          null,
          now);
      device(
          db,
          schools[s],
          "INTERACTIVE_BOARD",
          null,
          "TBI-" + code,
          "Classe CM",
          "PRM" + code + "75",
          "Promethean",
          "ActivPanel 9 75\"",
          LocalDate.of(year, 8, 25),
          "Manutan Collectivités",
          "IN_SERVICE",
          null,
          now);
      device(
          db,
          schools[s],
          "TABLET",
          null,
          "TAB-" + code + "-1",
          "Classe mobile",
          "DMPX" + code + "1",
          "Apple",
          "iPad 10e génération",
          LocalDate.of(2023, 9, 1),
          "UGAP",
          s % 4 == 3 ? "IN_REPAIR" : "IN_SERVICE",
          "iPadOS 18",
          now);
      if (s == 0) {
        ferryBraille =
            device(
                db,
                schools[s],
                "ASSISTIVE",
                "BRAILLE_DISPLAY",
                "Plage braille Focus 40",
                "Classe CE1",
                "FB40-" + code + "-0007",
                "Freedom Scientific",
                "Focus 40 Blue 5e génération",
                LocalDate.of(2024, 9, 2),
                "CECIAA",
                "IN_SERVICE",
                null,
                now);
        device(
            db,
            schools[s],
            "ASSISTIVE",
            "BRAILLE_DISPLAY",
            "Plage braille Brailliant BI 40X",
            "Armoire du référent",
            "BI40X-" + code + "-0002",
            "HumanWare",
            "Brailliant BI 40X",
            LocalDate.of(2023, 11, 6),
            "CECIAA",
            "IN_STOCK",
            null,
            now);
        device(
            db,
            schools[s],
            "ASSISTIVE",
            "ADAPTED_KEYBOARD",
            "Clavier gros caractères",
            "Classe CE1",
            "KBXL-" + code + "-0003",
            "Clevy",
            "Clevy Keyboard",
            LocalDate.of(2022, 5, 12),
            "Hop'Toys",
            "IN_SERVICE",
            null,
            now);
        device(
            db,
            schools[s],
            "ASSISTIVE",
            "MAGNIFIER",
            "Loupe électronique",
            "Classe CP",
            "ZOOM-" + code + "-0004",
            "Eschenbach",
            "Visolux Digital HD",
            LocalDate.of(2021, 2, 3),
            "CECIAA",
            "IN_SERVICE",
            null,
            now);
        device(
            db,
            schools[s],
            "ASSISTIVE",
            "SWITCH",
            "Contacteur Jelly Bean",
            "Armoire du référent",
            "JB-" + code + "-0005",
            "AbleNet",
            "Jelly Bean Twist",
            LocalDate.of(2024, 1, 15),
            "Hop'Toys",
            "IN_STOCK",
            null,
            now);
      }
    }
    long hugo = ids(db, "select id from account where username = 'hugo.nguyen'")[0];
    exec(
        db,
        "insert into device_loan (device_id, pupil_id, lent_at, lent_by) values (?,?,?,?)",
        ferryBraille,
        hugo,
        Timestamp.from(now.minus(60, ChronoUnit.DAYS)),
        "referent.ferry");
    exec(
        db,
        "insert into device_change (device_id, changed_at, changed_by, field_name, new_value)"
            + " values (?,?,?,?,?)",
        ferryBraille,
        Timestamp.from(now.minus(60, ChronoUnit.DAYS)),
        "referent.ferry",
        "loan",
        "Hugo Nguyen");
  }

  private static long device(
      Connection db,
      long school,
      String kind,
      String assistive,
      String name,
      String room,
      String serial,
      String maker,
      String model,
      LocalDate bought,
      String supplier,
      String state,
      String os,
      Instant now)
      throws SQLException {
    long id =
        insert(
            db,
            "insert into device (school_id, kind, assistive_kind, name, room, serial,"
                + " manufacturer, model, purchase_date, warranty_end, supplier, state, os, created_at,"
                + " updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            school,
            kind,
            assistive,
            name,
            room,
            serial,
            maker,
            model,
            Date.valueOf(bought),
            kind.equals("INTERNET_ACCESS") ? null : Date.valueOf(bought.plusYears(3)),
            supplier,
            state,
            os,
            Timestamp.from(now),
            Timestamp.from(now));
    exec(
        db,
        "insert into device_change (device_id, changed_at, changed_by, field_name, new_value)"
            + " values (?,?,?,?,?)",
        id,
        Timestamp.from(now),
        "demo",
        "created",
        name);
    return id;
  }

  private static long insert(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql, new String[] {"id"})) {
      bind(st, args);
      st.executeUpdate();
      try (ResultSet keys = st.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void exec(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      bind(st, args);
      st.executeUpdate();
    }
  }

  private static void bind(PreparedStatement st, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      st.setObject(i + 1, args[i]);
    }
  }

  private static long[] ids(Connection db, String sql) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql);
        ResultSet rows = st.executeQuery()) {
      java.util.List<Long> found = new java.util.ArrayList<>();
      while (rows.next()) {
        found.add(rows.getLong(1));
      }
      return found.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static String[] texts(Connection db, String sql) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql);
        ResultSet rows = st.executeQuery()) {
      java.util.List<String> found = new java.util.ArrayList<>();
      while (rows.next()) {
        found.add(rows.getString(1));
      }
      return found.toArray(String[]::new);
    }
  }
}
