package fr.passerelle.app.inventory.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The equipment of each commune's schools, counted in Java from one query per measure (fine for
 * thousands of devices): devices in use, the age of those with a purchase date, pupils enrolled.
 */
@Component
public class FiguresStore {

  /** A commune's devices in use, and the mean age in years of those with a purchase date. */
  public record Devices(int count, @Nullable Double meanAgeYears) {}

  private final JdbcClient jdbc;

  FiguresStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Devices not retired, by commune id; ages on this day. */
  public Map<Long, Devices> devices(LocalDate today) {
    Map<Long, int[]> counts = new HashMap<>();
    Map<Long, double[]> ages = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, d.purchase_date from device d join school s on s.id = d.school_id"
                + " where d.state <> 'RETIRED'")
        .query(
            (ResultSet rs) -> {
              long commune = rs.getLong(1);
              counts.computeIfAbsent(commune, k -> new int[1])[0]++;
              java.sql.Date bought = rs.getDate(2);
              if (bought != null) {
                double[] a = ages.computeIfAbsent(commune, k -> new double[2]);
                a[0] += ChronoUnit.DAYS.between(bought.toLocalDate(), today) / 365.25;
                a[1]++;
              }
            });
    Map<Long, Devices> devices = new HashMap<>();
    counts.forEach(
        (commune, c) -> {
          double[] a = ages.get(commune);
          devices.put(commune, new Devices(c[0], a == null ? null : a[0] / a[1]));
        });
    return devices;
  }

  /** Pupils enrolled in each commune's schools, by commune id. */
  public Map<Long, Integer> pupils() {
    Map<Long, Integer> pupils = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, count(distinct e.pupil_id) from enrolment e"
                + " join school_class k on k.id = e.class_id join school s on s.id = k.school_id"
                + " group by s.commune_id")
        .query(
            (ResultSet rs) -> {
              pupils.put(rs.getLong(1), rs.getInt(2));
            });
    return pupils;
  }
}
