package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.inventory.AssistiveKind;
import fr.passerelle.app.inventory.DeviceDetails;
import fr.passerelle.app.inventory.DeviceFilter;
import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.DeviceSort;
import fr.passerelle.app.inventory.DeviceState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The devices as lists read them: one query with the filters, the sort and a page, joined to the
 * territory's schools and communes (read only); the count under the same filters; a device's
 * history; the CSV export's lines. The caller's scope is applied to the filter before.
 */
@Component
public class DeviceListStore {

  private static final String LIST_COLUMNS =
      "select d.id, d.school_id, s.name as school_name, c.name as commune_name, d.kind,"
          + " d.assistive_kind, d.name, d.room, d.serial, d.model, d.state, d.purchase_date,"
          + " d.warranty_end from device d join school s on s.id = d.school_id"
          + " join commune c on c.id = s.commune_id";

  private final JdbcClient jdbc;

  DeviceListStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of the filtered list, sorted, then by id. */
  public List<DeviceRow> page(
      DeviceFilter filter, DeviceSort sort, boolean ascending, int offset, int limit) {
    Where where = where(filter);
    return jdbc.sql(
            LIST_COLUMNS
                + where.sql()
                + " order by "
                + sort.column()
                + (ascending ? " asc" : " desc")
                + ", d.id limit "
                + Math.max(1, Math.min(limit, 1000))
                + " offset "
                + Math.max(0, offset))
        .params(where.params())
        .query(DeviceListStore::row)
        .list();
  }

  public int count(DeviceFilter filter) {
    Where where = where(filter);
    // Only the commune filter needs the school; no filter needs the commune (every school has one).
    return jdbc.sql(
            "select count(*) from device d"
                + (filter.communeId() == null ? "" : " join school s on s.id = d.school_id")
                + where.sql())
        .params(where.params())
        .query(Integer.class)
        .single();
  }

  public Optional<DeviceRow> row(long id) {
    return jdbc.sql(LIST_COLUMNS + " where d.id = ?")
        .param(id)
        .query(DeviceListStore::row)
        .optional();
  }

  /** The devices of a school a breakdown may be reported on (not retired), by name. */
  public List<DeviceRow> notRetired(long schoolId) {
    return jdbc.sql(
            LIST_COLUMNS + " where d.school_id = ? and d.state <> 'RETIRED' order by d.name")
        .param(schoolId)
        .query(DeviceListStore::row)
        .list();
  }

  /** The assistive devices of a school, other than this one, in stock or in service, not lent. */
  public List<DeviceRow> freeAssistive(long schoolId, long except) {
    return jdbc.sql(
            LIST_COLUMNS
                + " where d.school_id = ? and d.kind = 'ASSISTIVE' and d.id <> ?"
                + " and d.state in ('IN_STOCK', 'IN_SERVICE') and not exists (select 1 from"
                + " device_loan l where l.device_id = d.id and l.returned_at is null)"
                + " order by d.name")
        .params(schoolId, except)
        .query(DeviceListStore::row)
        .list();
  }

  /** A device's history, newest first. */
  public List<DeviceDetails.Change> history(long id) {
    return jdbc.sql(
            "select changed_at, changed_by, field_name, old_value, new_value from device_change"
                + " where device_id = ? order by changed_at desc, id desc")
        .param(id)
        .query(
            (rs, n) ->
                new DeviceDetails.Change(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  /** The filtered devices as the CSV format's cells, sorted by school then name. */
  public List<List<@Nullable String>> export(DeviceFilter filter) {
    Where where = where(filter);
    return jdbc.sql(
            "select s.uai, d.kind, d.name, d.room, d.serial, d.manufacturer, d.model,"
                + " d.purchase_date, d.warranty_end, d.supplier, d.state, d.assistive_kind"
                + " from device d join school s on s.id = d.school_id"
                + " join commune c on c.id = s.commune_id"
                + where.sql()
                + " order by s.name, d.name, d.id")
        .params(where.params())
        .query((rs, n) -> CsvInventory.cells(rs))
        .list();
  }

  private static DeviceRow row(ResultSet rs, int n) throws SQLException {
    String assistive = rs.getString("assistive_kind");
    java.sql.Date bought = rs.getDate("purchase_date");
    java.sql.Date warranty = rs.getDate("warranty_end");
    return new DeviceRow(
        rs.getLong("id"),
        rs.getLong("school_id"),
        rs.getString("school_name"),
        rs.getString("commune_name"),
        DeviceKind.valueOf(rs.getString("kind")),
        assistive == null ? null : AssistiveKind.valueOf(assistive),
        rs.getString("name"),
        rs.getString("room"),
        rs.getString("serial"),
        rs.getString("model"),
        DeviceState.valueOf(rs.getString("state")),
        bought == null ? null : bought.toLocalDate(),
        warranty == null ? null : warranty.toLocalDate());
  }

  private record Where(String sql, List<Object> params) {}

  private static void condition(List<String> parts, String sql) {
    parts.add(sql);
  }

  private static Where where(DeviceFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (f.communeId() != null) {
      condition(parts, "s.commune_id = ?");
      params.add(f.communeId());
    }
    if (f.schoolId() != null) {
      condition(parts, "d.school_id = ?");
      params.add(f.schoolId());
    }
    if (f.kind() != null) {
      condition(parts, "d.kind = ?");
      params.add(f.kind().name());
    }
    if (f.state() != null) {
      condition(parts, "d.state = ?");
      params.add(f.state().name());
    }
    if (f.warrantyEndsAfter() != null) {
      condition(parts, "d.warranty_end >= ?");
      params.add(java.sql.Date.valueOf(f.warrantyEndsAfter()));
    }
    if (f.warrantyEndsBefore() != null) {
      condition(parts, "d.warranty_end <= ?");
      params.add(java.sql.Date.valueOf(f.warrantyEndsBefore()));
    }
    if (f.text() != null && !f.text().isBlank()) {
      condition(parts, "(lower(d.name) like ? or lower(d.serial) like ? or lower(d.model) like ?)");
      String like = "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
      params.add(like);
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }
}
