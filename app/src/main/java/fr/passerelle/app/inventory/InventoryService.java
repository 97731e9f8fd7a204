package fr.passerelle.app.inventory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.inventory.internal.CsvInventory;
import fr.passerelle.app.inventory.internal.DeviceStore;
import fr.passerelle.app.inventory.internal.DeviceStore.Change;
import fr.passerelle.app.inventory.internal.InventoryAccess;
import fr.passerelle.app.inventory.internal.Notifications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment of the schools, within the caller's scope: lists, one device with its history,
 * edits, states, loans of assistive devices to pupils, the CSV export and the commune figures.
 */
@Service
@Transactional(readOnly = true)
public class InventoryService {

  static final String LIST_COLUMNS =
      "select d.id, d.school_id, s.name as school_name, c.name as commune_name, d.kind,"
          + " d.assistive_kind, d.name, d.room, d.serial, d.model, d.state, d.purchase_date,"
          + " d.warranty_end from device d join school s on s.id = d.school_id"
          + " join commune c on c.id = s.commune_id";

  private final JdbcClient jdbc;
  private final DeviceStore store;
  private final InventoryAccess access;
  private final CurrentUser currentUser;
  private final People people;
  private final Notifications notifications;
  private final Clock clock;

  InventoryService(
      JdbcClient jdbc,
      DeviceStore store,
      InventoryAccess access,
      CurrentUser currentUser,
      People people,
      Notifications notifications,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.access = access;
    this.currentUser = currentUser;
    this.people = people;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The schools whose equipment the caller may see, by name. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<SchoolChoice> schools() {
    Caller caller = currentUser.require();
    String sql =
        "select s.id, s.uai, s.name, c.id as commune_id, c.name as commune_name from school s"
            + " join commune c on c.id = s.commune_id";
    if (InventoryAccess.everywhere(caller)) {
      return jdbc.sql(sql + " order by s.name").query(InventoryService::school).list();
    }
    if (caller.schoolId() == null) {
      return List.of();
    }
    return jdbc.sql(sql + " where s.id = ?")
        .param(caller.schoolId())
        .query(InventoryService::school)
        .list();
  }

  /** The communes the caller may filter on or read figures of. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TOWN_HALL')")
  public List<CommuneChoice> communes() {
    Caller caller = currentUser.require();
    return jdbc
        .sql("select id, name from commune order by name")
        .query((rs, n) -> new CommuneChoice(rs.getLong("id"), rs.getString("name")))
        .list()
        .stream()
        .filter(
            c ->
                access.mayReadFigures(caller, c.id())
                    || caller.schoolId() != null
                        && access
                            .communeOf(caller.schoolId())
                            .filter(id -> id == c.id())
                            .isPresent()
                        && access.mayRead(caller, caller.schoolId()))
        .toList();
  }

  /** A page of the inventory list, filtered and sorted; limited to the caller's school if any. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public List<DeviceRow> page(
      DeviceFilter filter, DeviceSort sort, boolean ascending, int offset, int limit) {
    Where where = where(scoped(filter));
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
        .query(InventoryService::row)
        .list();
  }

  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public int count(DeviceFilter filter) {
    DeviceFilter scoped = scoped(filter);
    Where where = where(scoped);
    // Only the commune filter needs the school; no filter needs the commune (every school has one).
    return jdbc.sql(
            "select count(*) from device d"
                + (scoped.communeId() == null ? "" : " join school s on s.id = d.school_id")
                + where.sql())
        .params(where.params())
        .query(Integer.class)
        .single();
  }

  /** The devices of a school a breakdown may be reported on (not retired), by name. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<DeviceRow> reportable(long schoolId) {
    Caller caller = currentUser.require();
    if (!access.mayReport(caller, schoolId)) {
      throw access.deny(caller, "school:" + schoolId);
    }
    return jdbc.sql(
            LIST_COLUMNS + " where d.school_id = ? and d.state <> 'RETIRED' order by d.name")
        .param(schoolId)
        .query(InventoryService::row)
        .list();
  }

  /** One device with its history and loans. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public DeviceDetails device(long id) {
    Caller caller = currentUser.require();
    DeviceRow row =
        jdbc.sql(LIST_COLUMNS + " where d.id = ?")
            .param(id)
            .query(InventoryService::row)
            .optional()
            .filter(r -> access.mayRead(caller, r.schoolId()))
            .orElseThrow(() -> access.deny(caller, "device:" + id));
    Map<String, @Nullable Object> v = store.values(id).orElseThrow();
    List<DeviceDetails.Change> history =
        jdbc.sql(
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
    List<DeviceDetails.Loan> loans = loans(id);
    return new DeviceDetails(
        row,
        (String) v.get("manufacturer"),
        (String) v.get("supplier"),
        (String) v.get("os"),
        (String) v.get("cpu"),
        number(v.get("memory_mb")) == null ? null : number(v.get("memory_mb")).intValue(),
        number(v.get("storage_gb")) == null ? null : number(v.get("storage_gb")).intValue(),
        (String) v.get("ip_address"),
        (String) v.get("mac_address"),
        number(v.get("page_count")) == null ? null : number(v.get("page_count")).longValue(),
        number(v.get("page_count_color")) == null
            ? null
            : number(v.get("page_count_color")).longValue(),
        (String) v.get("consumables"),
        history,
        loans);
  }

  /** Whether the caller may add devices (to every school, or to their own). */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public boolean mayCreate() {
    Caller caller = currentUser.require();
    return InventoryAccess.everywhere(caller)
        || caller.schoolId() != null && access.mayEdit(caller, caller.schoolId());
  }

  /** Creates a device in a school the caller may edit. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public long create(DeviceDraft draft) {
    Caller caller = currentUser.require();
    if (!access.mayEdit(caller, draft.schoolId())) {
      throw access.deny(caller, "school:" + draft.schoolId());
    }
    validate(draft);
    if (draft.serial() != null && !store.bySerial(List.of(draft.serial().strip())).isEmpty()) {
      throw new InventoryException("inventory.error.serialTaken", draft.serial());
    }
    return store.insert(List.of(values(draft)), caller.username(), clock.instant()).getFirst();
  }

  /** Edits a device; every changed field goes to its history. Returns the changed fields. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public List<String> update(long id, DeviceDraft draft) {
    Caller caller = currentUser.require();
    long school = schoolOfDevice(id);
    if (!access.mayEdit(caller, school) || !access.mayEdit(caller, draft.schoolId())) {
      throw access.deny(caller, "device:" + id);
    }
    validate(draft);
    if (draft.serial() != null) {
      var other = store.bySerial(List.of(draft.serial().strip())).get(draft.serial().strip());
      if (other != null && number(other.get("id")).longValue() != id) {
        throw new InventoryException("inventory.error.serialTaken", draft.serial());
      }
    }
    DeviceState before = state(id);
    Map<String, Change> changes =
        store.update(id, values(draft), caller.username(), clock.instant());
    afterStateChange(id, before, draft.state());
    return List.copyOf(changes.keySet());
  }

  /**
   * Changes a device's state. Sending a lent assistive device to repair tells the pupil's teachers
   * and parents.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void changeState(long id, DeviceState state) {
    Caller caller = currentUser.require();
    if (!access.mayEdit(caller, schoolOfDevice(id))) {
      throw access.deny(caller, "device:" + id);
    }
    DeviceState before = state(id);
    Map<String, @Nullable Object> wanted = new HashMap<>();
    wanted.put("state", state);
    store.update(id, wanted, caller.username(), clock.instant());
    afterStateChange(id, before, state);
  }

  /** The pupils of a school, to lend an assistive device to. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  public List<PersonName> pupils(long schoolId) {
    Caller caller = currentUser.require();
    if (!access.mayEdit(caller, schoolId)) {
      throw access.deny(caller, "school:" + schoolId);
    }
    return people.names(pupilIds(schoolId));
  }

  /** Lends an assistive device in service, not lent, to a pupil of its school. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void lend(long deviceId, long pupilId) {
    lend(deviceId, pupilId, null);
  }

  /**
   * Lends a replacement to the pupil who has the (broken) device {@code lentId}; the broken one
   * stays lent to them, and comes back when repaired.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void lendReplacement(long lentId, long replacementId) {
    Caller caller = currentUser.require();
    if (!access.mayEdit(caller, schoolOfDevice(lentId))) {
      throw access.deny(caller, "device:" + lentId);
    }
    long pupil =
        currentBorrower(lentId)
            .orElseThrow(() -> new InventoryException("inventory.error.notLent"));
    lend(replacementId, pupil, lentId);
  }

  /** Ends the current loan of a device. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void giveBack(long deviceId) {
    Caller caller = currentUser.require();
    if (!access.mayEdit(caller, schoolOfDevice(deviceId))) {
      throw access.deny(caller, "device:" + deviceId);
    }
    long pupil =
        currentBorrower(deviceId)
            .orElseThrow(() -> new InventoryException("inventory.error.notLent"));
    Instant now = clock.instant();
    jdbc.sql("update device_loan set returned_at = ? where device_id = ? and returned_at is null")
        .params(Timestamp.from(now), deviceId)
        .update();
    store.history(
        deviceId, Map.of("loan", new Change(nameOf(pupil), null)), caller.username(), now);
    tellFamilyAndTeachers(pupil, "inventory.notify.assistiveReturned", deviceId);
  }

  /** Who has the device now, if lent. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public Optional<PersonName> borrower(long deviceId) {
    Caller caller = currentUser.require();
    if (!access.mayRead(caller, schoolOfDevice(deviceId))) {
      throw access.deny(caller, "device:" + deviceId);
    }
    return currentBorrower(deviceId).flatMap(id -> people.names(List.of(id)).stream().findFirst());
  }

  /** Whether the caller may edit this device (change its state, lend it). */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public boolean editable(long deviceId) {
    return access.mayEdit(currentUser.require(), schoolOfDevice(deviceId));
  }

  /**
   * The assistive devices of the same school that can replace this one: in stock or in service,
   * lent to nobody.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  public List<DeviceRow> replacements(long deviceId) {
    Caller caller = currentUser.require();
    long school = schoolOfDevice(deviceId);
    if (!access.mayEdit(caller, school)) {
      throw access.deny(caller, "device:" + deviceId);
    }
    return jdbc.sql(
            LIST_COLUMNS
                + " where d.school_id = ? and d.kind = 'ASSISTIVE' and d.id <> ?"
                + " and d.state in ('IN_STOCK', 'IN_SERVICE') and not exists (select 1 from"
                + " device_loan l where l.device_id = d.id and l.returned_at is null)"
                + " order by d.name")
        .params(school, deviceId)
        .query(InventoryService::row)
        .list();
  }

  /** Writes the filtered list as CSV (the import's format), sorted by school then name. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public void exportCsv(DeviceFilter filter, Writer out) {
    Where where = where(scoped(filter));
    try {
      out.write(CsvInventory.HEADER + "\r\n");
      List<String> lines =
          jdbc.sql(
                  "select s.uai, d.kind, d.name, d.room, d.serial, d.manufacturer, d.model,"
                      + " d.purchase_date, d.warranty_end, d.supplier, d.state, d.assistive_kind"
                      + " from device d join school s on s.id = d.school_id"
                      + " join commune c on c.id = s.commune_id"
                      + where.sql()
                      + " order by s.name, d.name, d.id")
              .params(where.params())
              .query(CsvInventory::line)
              .list();
      for (String line : lines) {
        out.write(line + "\r\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures of each commune the caller may read. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL')")
  public List<CommuneFigures> figures() {
    Caller caller = currentUser.require();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    Map<Long, String> names = new LinkedHashMap<>();
    jdbc.sql("select id, name from commune order by name")
        .query(
            (ResultSet rs) -> {
              names.put(rs.getLong(1), rs.getString(2));
            });
    names.keySet().removeIf(id -> !access.mayReadFigures(caller, id));
    Map<Long, int[]> devices = new HashMap<>();
    Map<Long, double[]> ages = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, d.purchase_date from device d join school s on s.id = d.school_id"
                + " where d.state <> 'RETIRED'")
        .query(
            (ResultSet rs) -> {
              long commune = rs.getLong(1);
              devices.computeIfAbsent(commune, k -> new int[1])[0]++;
              java.sql.Date bought = rs.getDate(2);
              if (bought != null) {
                double[] a = ages.computeIfAbsent(commune, k -> new double[2]);
                a[0] += ChronoUnit.DAYS.between(bought.toLocalDate(), today) / 365.25;
                a[1]++;
              }
            });
    Map<Long, Integer> pupils = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, count(distinct e.pupil_id) from enrolment e"
                + " join school_class k on k.id = e.class_id join school s on s.id = k.school_id"
                + " group by s.commune_id")
        .query(
            (ResultSet rs) -> {
              pupils.put(rs.getLong(1), rs.getInt(2));
            });
    Map<Long, Integer> open = new HashMap<>();
    Map<Long, double[]> resolve = new HashMap<>();
    jdbc.sql(
            "select s.commune_id, t.status, t.created_at, t.solved_at from ticket t"
                + " join school s on s.id = t.school_id")
        .query(
            (ResultSet rs) -> {
              long commune = rs.getLong(1);
              String status = rs.getString(2);
              if (!status.equals("SOLVED") && !status.equals("CLOSED")) {
                open.merge(commune, 1, Integer::sum);
              }
              Timestamp solved = rs.getTimestamp(4);
              if (solved != null) {
                double[] r = resolve.computeIfAbsent(commune, k -> new double[2]);
                r[0] +=
                    ChronoUnit.MINUTES.between(rs.getTimestamp(3).toInstant(), solved.toInstant())
                        / 60.0;
                r[1]++;
              }
            });
    List<CommuneFigures> figures = new ArrayList<>();
    names.forEach(
        (id, name) -> {
          int d = devices.getOrDefault(id, new int[1])[0];
          int p = pupils.getOrDefault(id, 0);
          double[] a = ages.get(id);
          double[] r = resolve.get(id);
          figures.add(
              new CommuneFigures(
                  id,
                  name,
                  d,
                  p,
                  p == 0 ? null : (double) d / p,
                  a == null ? null : a[0] / a[1],
                  open.getOrDefault(id, 0),
                  r == null ? null : r[0] / r[1]));
        });
    Objects.requireNonNull(now);
    return figures;
  }

  // --- inside the module

  private void lend(long deviceId, long pupilId, @Nullable Long replaces) {
    Caller caller = currentUser.require();
    long school = schoolOfDevice(deviceId);
    if (!access.mayEdit(caller, school)) {
      throw access.deny(caller, "device:" + deviceId);
    }
    Map<String, @Nullable Object> v = store.values(deviceId).orElseThrow();
    if (!"ASSISTIVE".equals(v.get("kind"))) {
      throw new InventoryException("inventory.error.notAssistive");
    }
    if (!"IN_SERVICE".equals(v.get("state")) && !"IN_STOCK".equals(v.get("state"))) {
      throw new InventoryException("inventory.error.notAvailable");
    }
    if (currentBorrower(deviceId).isPresent()) {
      throw new InventoryException("inventory.error.alreadyLent");
    }
    if (!pupilIds(school).contains(pupilId)) {
      throw access.deny(caller, "pupil:" + pupilId);
    }
    Instant now = clock.instant();
    jdbc.sql(
            "insert into device_loan (device_id, pupil_id, lent_at, lent_by, replaces_id)"
                + " values (?,?,?,?,?)")
        .params(deviceId, pupilId, Timestamp.from(now), caller.username(), replaces)
        .update();
    if ("IN_STOCK".equals(v.get("state"))) {
      Map<String, @Nullable Object> wanted = new HashMap<>();
      wanted.put("state", DeviceState.IN_SERVICE);
      store.update(deviceId, wanted, caller.username(), now);
    }
    store.history(
        deviceId, Map.of("loan", new Change(null, nameOf(pupilId))), caller.username(), now);
    if (replaces == null) {
      tellFamilyAndTeachers(pupilId, "inventory.notify.assistiveLent", deviceId);
    }
  }

  private void afterStateChange(long deviceId, DeviceState before, DeviceState after) {
    if (before == after || after != DeviceState.IN_REPAIR) {
      return;
    }
    Map<String, @Nullable Object> v = store.values(deviceId).orElseThrow();
    if (!"ASSISTIVE".equals(v.get("kind"))) {
      return;
    }
    currentBorrower(deviceId)
        .ifPresent(
            pupil -> tellFamilyAndTeachers(pupil, "inventory.notify.assistiveRepair", deviceId));
  }

  /**
   * Tells a pupil's parents and teachers about their assistive device (lent, back, in repair): a
   * notification with the device's name and the pupil's first name.
   */
  private void tellFamilyAndTeachers(long pupil, String key, long deviceId) {
    List<Long> recipients = new ArrayList<>(people.guardiansOf(pupil));
    recipients.addAll(
        jdbc.sql(
                "select t.teacher_id from class_teacher t join enrolment e on e.class_id ="
                    + " t.class_id where e.pupil_id = ?")
            .param(pupil)
            .query(Long.class)
            .list());
    PersonName name = people.names(List.of(pupil)).getFirst();
    String device =
        jdbc.sql("select name from device where id = ?")
            .param(deviceId)
            .query(String.class)
            .single();
    notifications.send(recipients, key, null, clock.instant(), device, name.firstName());
  }

  private Optional<Long> currentBorrower(long deviceId) {
    return jdbc.sql("select pupil_id from device_loan where device_id = ? and returned_at is null")
        .param(deviceId)
        .query(Long.class)
        .optional();
  }

  private List<DeviceDetails.Loan> loans(long deviceId) {
    record Raw(long pupil, Instant at, String by, @Nullable Instant back) {}
    List<Raw> raws =
        jdbc.sql(
                "select pupil_id, lent_at, lent_by, returned_at from device_loan where device_id = ?"
                    + " order by lent_at desc, id desc")
            .param(deviceId)
            .query(
                (rs, n) ->
                    new Raw(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
            .list();
    Map<Long, String> names = new HashMap<>();
    people
        .names(raws.stream().map(Raw::pupil).distinct().toList())
        .forEach(p -> names.put(p.id(), p.full()));
    return raws.stream()
        .map(
            r ->
                new DeviceDetails.Loan(
                    r.pupil(), names.getOrDefault(r.pupil(), "?"), r.at(), r.by(), r.back()))
        .toList();
  }

  private List<Long> pupilIds(long schoolId) {
    return jdbc.sql(
            "select e.pupil_id from enrolment e join school_class k on k.id = e.class_id"
                + " where k.school_id = ?")
        .param(schoolId)
        .query(Long.class)
        .list();
  }

  private String nameOf(long accountId) {
    return people.names(List.of(accountId)).stream().map(PersonName::full).findFirst().orElse("?");
  }

  private long schoolOfDevice(long id) {
    return jdbc.sql("select school_id from device where id = ?")
        .param(id)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> access.deny(currentUser.require(), "device:" + id));
  }

  private DeviceState state(long id) {
    return DeviceState.valueOf(
        jdbc.sql("select state from device where id = ?").param(id).query(String.class).single());
  }

  private DeviceFilter scoped(DeviceFilter filter) {
    Caller caller = currentUser.require();
    Long school = access.schoolScope(caller, filter.schoolId());
    return school == null ? filter : filter.inSchool(school);
  }

  private static void validate(DeviceDraft draft) {
    if (draft.name().isBlank()) {
      throw new InventoryException("inventory.error.nameRequired");
    }
    if ((draft.kind() == DeviceKind.ASSISTIVE) != (draft.assistiveKind() != null)) {
      throw new InventoryException("inventory.error.assistiveKind");
    }
    if (draft.purchaseDate() != null
        && draft.warrantyEnd() != null
        && draft.warrantyEnd().isBefore(draft.purchaseDate())) {
      throw new InventoryException("inventory.error.warrantyBeforePurchase");
    }
    if (draft.pageCount() != null && draft.pageCount() < 0
        || draft.pageCountColor() != null && draft.pageCountColor() < 0) {
      throw new InventoryException("inventory.error.pageCount");
    }
  }

  static Map<String, @Nullable Object> values(DeviceDraft d) {
    Map<String, @Nullable Object> v = new LinkedHashMap<>();
    v.put("school_id", d.schoolId());
    v.put("kind", d.kind());
    v.put("assistive_kind", d.assistiveKind());
    v.put("name", d.name());
    v.put("room", d.room());
    v.put("serial", d.serial());
    v.put("manufacturer", d.manufacturer());
    v.put("model", d.model());
    v.put("purchase_date", d.purchaseDate());
    v.put("warranty_end", d.warrantyEnd());
    v.put("supplier", d.supplier());
    v.put("state", d.state());
    if (d.kind() == DeviceKind.PRINTER) {
      v.put("page_count", d.pageCount());
      v.put("page_count_color", d.pageCountColor());
      v.put("consumables", d.consumables());
    }
    return v;
  }

  private static @Nullable Number number(@Nullable Object value) {
    return (Number) value;
  }

  private static SchoolChoice school(ResultSet rs, int n) throws SQLException {
    return new SchoolChoice(
        rs.getLong("id"),
        rs.getString("uai"),
        rs.getString("name"),
        rs.getLong("commune_id"),
        rs.getString("commune_name"));
  }

  static DeviceRow row(ResultSet rs, int n) throws SQLException {
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
      String like = "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT) + "%";
      params.add(like);
      params.add(like);
      params.add(like);
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }
}
