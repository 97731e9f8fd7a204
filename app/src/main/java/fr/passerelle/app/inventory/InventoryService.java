package fr.passerelle.app.inventory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.inventory.internal.AssistiveNotices;
import fr.passerelle.app.inventory.internal.CsvInventory;
import fr.passerelle.app.inventory.internal.DeviceListStore;
import fr.passerelle.app.inventory.internal.DeviceStore;
import fr.passerelle.app.inventory.internal.DeviceStore.Change;
import fr.passerelle.app.inventory.internal.FiguresStore;
import fr.passerelle.app.inventory.internal.InventoryAccess;
import fr.passerelle.app.inventory.internal.LoanStore;
import fr.passerelle.app.inventory.internal.SchoolStore;
import fr.passerelle.app.platform.SchoolTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment of the schools, within the caller's scope: lists, one device with its history,
 * edits, states, the CSV export and the commune figures. Loans of assistive devices are in {@link
 * AssistiveLoans}.
 */
@Service
@Transactional(readOnly = true)
public class InventoryService {

  private final DeviceStore store;
  private final DeviceListStore lists;
  private final SchoolStore schools;
  private final LoanStore loans;
  private final FiguresStore figures;
  private final InventoryAccess access;
  private final People people;
  private final AssistiveNotices assistive;
  private final TicketFigures tickets;
  private final SchoolTime time;

  InventoryService(
      DeviceStore store,
      DeviceListStore lists,
      SchoolStore schools,
      LoanStore loans,
      FiguresStore figures,
      InventoryAccess access,
      People people,
      AssistiveNotices assistive,
      TicketFigures tickets,
      SchoolTime time) {
    this.store = store;
    this.lists = lists;
    this.schools = schools;
    this.loans = loans;
    this.figures = figures;
    this.access = access;
    this.people = people;
    this.assistive = assistive;
    this.tickets = tickets;
    this.time = time;
  }

  /** The schools whose equipment the caller may see, by name. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<SchoolChoice> schools() {
    Caller caller = access.caller();
    if (access.everywhere(caller)) {
      return schools.schools();
    }
    if (caller.schoolId() == null) {
      return List.of();
    }
    return schools.school(caller.schoolId()).stream().toList();
  }

  /** The communes the caller may filter on or read figures of. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TOWN_HALL')")
  public List<CommuneChoice> communes() {
    Caller caller = access.caller();
    Long own = caller.schoolId();
    Optional<Long> ownCommune =
        own != null && access.mayRead(caller, own) ? access.communeOf(own) : Optional.empty();
    return schools.communes().stream()
        .filter(
            c ->
                access.mayReadFigures(caller, c.id())
                    || ownCommune.filter(id -> id == c.id()).isPresent())
        .toList();
  }

  /** A page of the inventory list, filtered and sorted; limited to the caller's school if any. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public List<DeviceRow> page(
      DeviceFilter filter, DeviceSort sort, boolean ascending, int offset, int limit) {
    return lists.page(scoped(filter), sort, ascending, offset, limit);
  }

  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public int count(DeviceFilter filter) {
    return lists.count(scoped(filter));
  }

  /** The devices of a school a breakdown may be reported on (not retired), by name. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public List<DeviceRow> reportable(long schoolId) {
    Caller caller = access.caller();
    if (!access.mayReport(caller, schoolId)) {
      throw access.deny(caller, "school:" + schoolId);
    }
    return lists.notRetired(schoolId);
  }

  /**
   * A device the caller may report a breakdown on: not retired, of a school whose devices they may
   * report on; refused otherwise.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT','TEACHER')")
  public DeviceRow reportableDevice(long deviceId) {
    Caller caller = access.caller();
    return lists
        .row(deviceId)
        .filter(d -> d.state() != DeviceState.RETIRED)
        .filter(d -> access.mayReport(caller, d.schoolId()))
        .orElseThrow(() -> access.deny(caller, "device:" + deviceId));
  }

  /** One device with its history and loans. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public DeviceDetails device(long id) {
    Caller caller = access.caller();
    DeviceRow row =
        lists
            .row(id)
            .filter(r -> access.mayRead(caller, r.schoolId()))
            .orElseThrow(() -> access.deny(caller, "device:" + id));
    Map<String, @Nullable Object> v = store.values(id).orElseThrow();
    return new DeviceDetails(
        row,
        (String) v.get("manufacturer"),
        (String) v.get("supplier"),
        (String) v.get("os"),
        (String) v.get("cpu"),
        integer(v.get("memory_mb")),
        integer(v.get("storage_gb")),
        (String) v.get("ip_address"),
        (String) v.get("mac_address"),
        whole(v.get("page_count")),
        whole(v.get("page_count_color")),
        (String) v.get("consumables"),
        lists.history(id),
        loans(id));
  }

  /** Whether the caller may add devices (to every school, or to their own). */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public boolean mayCreate() {
    Caller caller = access.caller();
    return access.everywhere(caller)
        || caller.schoolId() != null && access.mayEdit(caller, caller.schoolId());
  }

  /** Creates a device in a school the caller may edit. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public long create(DeviceDraft draft) {
    Caller caller = access.caller();
    if (!access.mayEdit(caller, draft.schoolId())) {
      throw access.deny(caller, "school:" + draft.schoolId());
    }
    validate(draft);
    if (draft.serial() != null && !store.bySerial(List.of(draft.serial().strip())).isEmpty()) {
      throw new InventoryException("inventory.error.serialTaken", draft.serial());
    }
    return store.insert(List.of(values(draft)), caller.username(), time.now()).getFirst();
  }

  /** Edits a device; every changed field goes to its history. Returns the changed fields. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public List<String> update(long id, DeviceDraft draft) {
    Caller caller = access.caller();
    long school = schoolOfDevice(caller, id);
    if (!access.mayEdit(caller, school) || !access.mayEdit(caller, draft.schoolId())) {
      throw access.deny(caller, "device:" + id);
    }
    validate(draft);
    if (draft.serial() != null) {
      var other = store.bySerial(List.of(draft.serial().strip())).get(draft.serial().strip());
      if (other != null && ((Number) other.get("id")).longValue() != id) {
        throw new InventoryException("inventory.error.serialTaken", draft.serial());
      }
    }
    DeviceState before = state(id);
    Map<String, Change> changes = store.update(id, values(draft), caller.username(), time.now());
    assistive.afterStateChange(id, before, draft.state());
    return List.copyOf(changes.keySet());
  }

  /**
   * Changes a device's state. Sending a lent assistive device to repair tells the pupil's teachers
   * and parents.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void changeState(long id, DeviceState state) {
    Caller caller = access.caller();
    if (!access.mayEdit(caller, schoolOfDevice(caller, id))) {
      throw access.deny(caller, "device:" + id);
    }
    DeviceState before = state(id);
    Map<String, @Nullable Object> wanted = new HashMap<>();
    wanted.put("state", state);
    store.update(id, wanted, caller.username(), time.now());
    assistive.afterStateChange(id, before, state);
  }

  /** Whether the caller may edit this device (change its state, lend it). */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public boolean editable(long deviceId) {
    Caller caller = access.caller();
    return access.mayEdit(caller, schoolOfDevice(caller, deviceId));
  }

  /**
   * The filtered list in the CSV format (the import's), header first, sorted by school then name:
   * the cells of the file a download link writes.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public List<List<@Nullable String>> export(DeviceFilter filter) {
    List<List<@Nullable String>> rows = new ArrayList<>();
    rows.add(CsvInventory.header());
    rows.addAll(lists.export(scoped(filter)));
    return rows;
  }

  /** The figures of each commune the caller may read. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL')")
  public List<CommuneFigures> figures() {
    Caller caller = access.caller();
    Map<Long, FiguresStore.Devices> devices = figures.devices(time.today());
    Map<Long, Integer> pupils = figures.pupils();
    Map<Long, TicketFigures.OfCommune> ticketsOf = tickets.byCommune();
    List<CommuneFigures> shown = new ArrayList<>();
    for (CommuneChoice commune : schools.communes()) {
      if (!access.mayReadFigures(caller, commune.id())) {
        continue;
      }
      FiguresStore.Devices d =
          devices.getOrDefault(commune.id(), new FiguresStore.Devices(0, null));
      int p = pupils.getOrDefault(commune.id(), 0);
      TicketFigures.OfCommune t =
          ticketsOf.getOrDefault(commune.id(), new TicketFigures.OfCommune(0, null));
      shown.add(
          new CommuneFigures(
              commune.id(),
              commune.name(),
              d.count(),
              p,
              p == 0 ? null : (double) d.count() / p,
              d.meanAgeYears(),
              t.open(),
              t.meanHoursToResolve()));
    }
    return shown;
  }

  // --- inside the module

  private List<DeviceDetails.Loan> loans(long deviceId) {
    List<LoanStore.Loan> stored = loans.loans(deviceId);
    Map<Long, String> names = new HashMap<>();
    people
        .names(stored.stream().map(LoanStore.Loan::pupilId).distinct().toList())
        .forEach(p -> names.put(p.id(), p.full()));
    return stored.stream()
        .map(
            l ->
                new DeviceDetails.Loan(
                    l.pupilId(),
                    names.getOrDefault(l.pupilId(), "?"),
                    l.lentAt(),
                    l.lentBy(),
                    l.returnedAt()))
        .toList();
  }

  private long schoolOfDevice(Caller caller, long id) {
    return store.schoolOf(id).orElseThrow(() -> access.deny(caller, "device:" + id));
  }

  private DeviceState state(long id) {
    return DeviceState.valueOf(String.valueOf(store.values(id).orElseThrow().get("state")));
  }

  private DeviceFilter scoped(DeviceFilter filter) {
    Long school = access.schoolScope(access.caller(), filter.schoolId());
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

  private static Map<String, @Nullable Object> values(DeviceDraft d) {
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

  private static @Nullable Integer integer(@Nullable Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  private static @Nullable Long whole(@Nullable Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
