package fr.passerelle.app.inventory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.inventory.ImportPlan.Action;
import fr.passerelle.app.inventory.internal.CsvInventory;
import fr.passerelle.app.inventory.internal.DeviceStore;
import fr.passerelle.app.inventory.internal.GlpiAgentReader;
import fr.passerelle.app.inventory.internal.InventoryAccess;
import fr.passerelle.app.inventory.internal.ParsedDevice;
import fr.passerelle.app.inventory.internal.SchoolStore;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports GLPI Agent inventories and CSV files. {@link #preview} says what would be created,
 * updated or left unchanged; {@link #apply} does it in one transaction, or nothing at all when any
 * file has a problem. A device is matched by its serial number; an agent file's school is the UAI
 * in its {@code tag}, else the school chosen for the import (ADR 11).
 */
@Service
@Transactional(readOnly = true)
public class InventoryImport {

  private final SchoolStore schools;
  private final DeviceStore store;
  private final InventoryAccess access;
  private final SchoolTime time;

  InventoryImport(SchoolStore schools, DeviceStore store, InventoryAccess access, SchoolTime time) {
    this.schools = schools;
    this.store = store;
    this.access = access;
    this.time = time;
  }

  /** What the import would do, nothing written. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  public ImportPlan preview(List<ImportFile> files, @Nullable Long defaultSchoolId) {
    return plan(files, defaultSchoolId, false);
  }

  /** Does the import in this transaction, or nothing when there is any problem. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN')")
  @Transactional
  public ImportPlan apply(List<ImportFile> files, @Nullable Long defaultSchoolId) {
    return plan(files, defaultSchoolId, true);
  }

  private ImportPlan plan(List<ImportFile> files, @Nullable Long defaultSchoolId, boolean write) {
    Caller caller = access.caller();
    if (!access.everywhere(caller)) {
      throw access.deny(caller, "inventory-import");
    }
    List<ImportProblem> problems = new ArrayList<>();
    List<ParsedDevice> parsed = new ArrayList<>();
    for (ImportFile file : files) {
      if (file.isCsv()) {
        parsed.addAll(CsvInventory.read(file.name(), file.content(), problems));
      } else {
        ParsedDevice device = GlpiAgentReader.read(file.name(), file.content(), problems);
        if (device != null) {
          parsed.add(device);
        }
      }
    }
    Map<String, School> byUai = new HashMap<>();
    Map<Long, School> byId = new HashMap<>();
    schools.schools().stream()
        .map(s -> new School(s.id(), s.uai(), s.name()))
        .forEach(
            s -> {
              byUai.put(s.uai(), s);
              byId.put(s.id(), s);
            });
    School fallback = defaultSchoolId == null ? null : byId.get(defaultSchoolId);
    if (defaultSchoolId != null && fallback == null) {
      problems.add(
          ImportProblem.atField("", "school", "inventory.import.unknownSchool", defaultSchoolId));
    }
    Map<String, ParsedDevice> seen = new HashMap<>();
    List<Resolved> resolved = new ArrayList<>();
    for (ParsedDevice device : parsed) {
      ParsedDevice first = seen.putIfAbsent(device.serial(), device);
      if (first != null) {
        problems.add(
            new ImportProblem(
                device.file(),
                device.line(),
                null,
                "inventory.import.duplicateSerial",
                List.of(device.serial(), first.file(), first.line())));
        continue;
      }
      School school;
      if (device.uai() != null) {
        school = byUai.get(device.uai().toUpperCase(java.util.Locale.ROOT));
        if (school == null) {
          problems.add(
              new ImportProblem(
                  device.file(),
                  device.line(),
                  device.file().endsWith(".csv") ? null : "tag",
                  "inventory.import.unknownUai",
                  List.of(device.uai())));
          continue;
        }
      } else if (fallback != null) {
        school = fallback;
      } else {
        problems.add(
            new ImportProblem(
                device.file(), device.line(), "tag", "inventory.import.noSchool", List.of()));
        continue;
      }
      resolved.add(new Resolved(device, school));
    }
    Map<String, Map<String, @Nullable Object>> stored =
        store.bySerial(resolved.stream().map(r -> r.device().serial()).toList());
    List<ImportPlan.Item> items = new ArrayList<>();
    List<Map<String, @Nullable Object>> creates = new ArrayList<>();
    Map<Long, Map<String, @Nullable Object>> updates = new LinkedHashMap<>();
    for (Resolved r : resolved) {
      Map<String, @Nullable Object> wanted = new LinkedHashMap<>(r.device().values());
      wanted.put("school_id", r.school().id());
      Map<String, @Nullable Object> current = stored.get(r.device().serial());
      DeviceKind kind = (DeviceKind) wanted.get("kind");
      String name = String.valueOf(wanted.get("name"));
      if (current == null) {
        wanted.putIfAbsent("state", DeviceState.IN_SERVICE);
        creates.add(wanted);
        items.add(item(Action.CREATE, r, name, kind, List.of()));
      } else {
        var changes = DeviceStore.diff(current, wanted);
        if (changes.isEmpty()) {
          items.add(item(Action.UNCHANGED, r, name, kind, List.of()));
        } else {
          updates.put(((Number) current.get("id")).longValue(), wanted);
          items.add(item(Action.UPDATE, r, name, kind, List.copyOf(changes.keySet())));
        }
      }
    }
    if (!problems.isEmpty()) {
      return new ImportPlan(List.of(), problems, false);
    }
    if (write) {
      Instant now = time.now();
      store.insert(creates, caller.username(), now);
      updates.forEach((id, wanted) -> store.update(id, wanted, caller.username(), now));
    }
    return new ImportPlan(items, List.of(), write);
  }

  private static ImportPlan.Item item(
      Action action, Resolved r, String name, DeviceKind kind, List<String> changed) {
    return new ImportPlan.Item(
        action, r.device().file(), r.device().serial(), name, kind, r.school().name(), changed);
  }

  private record School(long id, String uai, String name) {}

  private record Resolved(ParsedDevice device, School school) {}
}
