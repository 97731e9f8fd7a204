package fr.passerelle.app.inventory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Devices as maps of column to value, so that a create, an edit and an import share one diff and
 * one history: every changed column becomes a {@code device_change} row (who, when, from what to
 * what). Columns come from {@link #COLUMNS} only, never from outside.
 */
@Component
public class DeviceStore {

  /** The columns a person or an import may set, in the order of the history. */
  public static final List<String> COLUMNS =
      List.of(
          "school_id",
          "kind",
          "assistive_kind",
          "name",
          "room",
          "serial",
          "manufacturer",
          "model",
          "purchase_date",
          "warranty_end",
          "supplier",
          "state",
          "os",
          "cpu",
          "memory_mb",
          "storage_gb",
          "ip_address",
          "mac_address",
          "page_count",
          "page_count_color",
          "consumables",
          "agent_device_id");

  private static final Set<String> KNOWN = Set.copyOf(COLUMNS);

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  DeviceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /** A stored device's values, by column, normalized; empty when there is no such device. */
  public Optional<Map<String, @Nullable Object>> values(long id) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id, " + String.join(", ", COLUMNS) + " from device where id = ?", id);
    return rows.stream().findFirst().map(DeviceStore::normalized);
  }

  /** The school of a device; empty when there is no such device. */
  public Optional<Long> schoolOf(long id) {
    return jdbc.queryForList("select school_id from device where id = ?", Long.class, id).stream()
        .findFirst();
  }

  /** A device's name. */
  public String name(long id) {
    return Objects.requireNonNull(
        jdbc.queryForObject("select name from device where id = ?", String.class, id));
  }

  /** Stored devices by serial, for these serials. */
  public Map<String, Map<String, @Nullable Object>> bySerial(Collection<String> serials) {
    Map<String, Map<String, @Nullable Object>> found = new HashMap<>();
    List<String> all = List.copyOf(serials);
    for (int from = 0; from < all.size(); from += 500) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
      named
          .queryForList(
              "select id, " + String.join(", ", COLUMNS) + " from device where serial in (:s)",
              new MapSqlParameterSource("s", chunk))
          .forEach(row -> found.put((String) row.get("serial"), normalized(row)));
    }
    return found;
  }

  /** The columns whose value would change, with their old and new values. */
  public static Map<String, Change> diff(
      Map<String, @Nullable Object> current, Map<String, @Nullable Object> wanted) {
    Map<String, Change> changes = new LinkedHashMap<>();
    for (String column : COLUMNS) {
      if (!wanted.containsKey(column)) {
        continue;
      }
      String before = text(current.get(column));
      String after = text(wanted.get(column));
      if (!Objects.equals(before, after)) {
        changes.put(column, new Change(before, after));
      }
    }
    return changes;
  }

  /** Inserts devices and a "created" history line for each; returns their ids. */
  public List<Long> insert(List<Map<String, @Nullable Object>> devices, String by, Instant now) {
    List<Long> ids = new ArrayList<>();
    Timestamp at = Timestamp.from(now);
    for (Map<String, @Nullable Object> values : devices) {
      check(values.keySet());
      List<String> columns = new ArrayList<>(values.keySet());
      MapSqlParameterSource params = new MapSqlParameterSource();
      columns.forEach(c -> params.addValue(c, sqlValue(values.get(c))));
      params.addValue("now", at);
      var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
      named.update(
          "insert into device ("
              + String.join(", ", columns)
              + ", created_at, updated_at) values (:"
              + String.join(", :", columns)
              + ", :now, :now)",
          params,
          keys,
          new String[] {"id"});
      ids.add(Objects.requireNonNull(keys.getKey()).longValue());
    }
    List<Object[]> history = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      history.add(
          new Object[] {ids.get(i), at, by, "created", null, text(devices.get(i).get("name"))});
    }
    jdbc.batchUpdate(
        "insert into device_change (device_id, changed_at, changed_by, field_name, old_value,"
            + " new_value) values (?,?,?,?,?,?)",
        history);
    return ids;
  }

  /** Writes the changed columns of one device and their history; returns what changed. */
  public Map<String, Change> update(
      long id, Map<String, @Nullable Object> wanted, String by, Instant now) {
    Map<String, @Nullable Object> current =
        values(id).orElseThrow(() -> new IllegalArgumentException("No device " + id));
    Map<String, Change> changes = diff(current, wanted);
    if (changes.isEmpty()) {
      return changes;
    }
    check(changes.keySet());
    MapSqlParameterSource params = new MapSqlParameterSource("id", id);
    List<String> sets = new ArrayList<>();
    for (String column : changes.keySet()) {
      sets.add(column + " = :" + column);
      params.addValue(column, sqlValue(wanted.get(column)));
    }
    params.addValue("now", Timestamp.from(now));
    named.update(
        "update device set " + String.join(", ", sets) + ", updated_at = :now where id = :id",
        params);
    history(id, changes, by, now);
    return changes;
  }

  /** Adds history lines that are not column changes (a loan, a return). */
  public void history(long id, Map<String, Change> changes, String by, Instant now) {
    Timestamp at = Timestamp.from(now);
    jdbc.batchUpdate(
        "insert into device_change (device_id, changed_at, changed_by, field_name, old_value,"
            + " new_value) values (?,?,?,?,?,?)",
        changes.entrySet().stream()
            .map(
                e ->
                    new Object[] {
                      id, at, by, e.getKey(), cut(e.getValue().before()), cut(e.getValue().after())
                    })
            .toList());
  }

  private static void check(Collection<String> columns) {
    for (String column : columns) {
      if (!KNOWN.contains(column)) {
        throw new IllegalArgumentException("Unknown device column " + column);
      }
    }
  }

  private static Map<String, @Nullable Object> normalized(Map<String, Object> row) {
    Map<String, @Nullable Object> values = new LinkedHashMap<>();
    row.forEach(
        (k, v) ->
            values.put(
                k.toLowerCase(java.util.Locale.ROOT),
                v instanceof java.sql.Date d ? d.toLocalDate() : v));
    return values;
  }

  private static @Nullable Object sqlValue(@Nullable Object value) {
    if (value instanceof LocalDate date) {
      return java.sql.Date.valueOf(date);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof String s) {
      String trimmed = s.strip();
      return trimmed.isEmpty() ? null : trimmed;
    }
    return value;
  }

  /** A value as the history and the diff see it: text, blank as null. */
  public static @Nullable String text(@Nullable Object value) {
    Object v = sqlValue(value);
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    return v == null ? null : v.toString();
  }

  private static @Nullable String cut(@Nullable String value) {
    return value == null || value.length() <= 300 ? value : value.substring(0, 300);
  }

  /** One column's change. */
  public record Change(@Nullable String before, @Nullable String after) {}
}
