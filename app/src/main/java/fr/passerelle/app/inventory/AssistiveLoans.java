package fr.passerelle.app.inventory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.inventory.internal.AssistiveNotices;
import fr.passerelle.app.inventory.internal.DeviceListStore;
import fr.passerelle.app.inventory.internal.DeviceStore;
import fr.passerelle.app.inventory.internal.DeviceStore.Change;
import fr.passerelle.app.inventory.internal.InventoryAccess;
import fr.passerelle.app.inventory.internal.LoanStore;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistive devices lent to pupils of their school (a braille display, an adapted keyboard): a
 * loan, a replacement while the lent one is in repair, the return. Each is written to the device's
 * history and tells the pupil's parents and teachers (a replacement tells nothing more: the repair
 * notice already did). The school's TICE referent, the technicians and the administrator lend.
 */
@Service
@Transactional(readOnly = true)
public class AssistiveLoans {

  private final DeviceStore store;
  private final DeviceListStore lists;
  private final LoanStore loans;
  private final InventoryAccess access;
  private final People people;
  private final AssistiveNotices notices;
  private final SchoolTime time;

  AssistiveLoans(
      DeviceStore store,
      DeviceListStore lists,
      LoanStore loans,
      InventoryAccess access,
      People people,
      AssistiveNotices notices,
      SchoolTime time) {
    this.store = store;
    this.lists = lists;
    this.loans = loans;
    this.access = access;
    this.people = people;
    this.notices = notices;
    this.time = time;
  }

  /** The pupils of a school, to lend an assistive device to. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  public List<PersonName> pupils(long schoolId) {
    Caller caller = access.caller();
    if (!access.mayEdit(caller, schoolId)) {
      throw access.deny(caller, "school:" + schoolId);
    }
    return people.names(loans.pupilsOfSchool(schoolId));
  }

  /** Lends an assistive device in service or in stock, not lent, to a pupil of its school. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void lend(long deviceId, long pupilId) {
    lend(access.caller(), deviceId, pupilId, null);
  }

  /**
   * Lends a replacement to the pupil who has the (broken) device {@code lentId}; the broken one
   * stays lent to them, and comes back when repaired.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void lendReplacement(long lentId, long replacementId) {
    Caller caller = access.caller();
    requireEditable(caller, lentId);
    long pupil =
        loans.borrower(lentId).orElseThrow(() -> new InventoryException("inventory.error.notLent"));
    lend(caller, replacementId, pupil, lentId);
  }

  /** Ends the current loan of a device. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  @Transactional
  public void giveBack(long deviceId) {
    Caller caller = access.caller();
    requireEditable(caller, deviceId);
    long pupil =
        loans
            .borrower(deviceId)
            .orElseThrow(() -> new InventoryException("inventory.error.notLent"));
    Instant now = time.now();
    loans.giveBack(deviceId, now);
    store.history(
        deviceId, Map.of("loan", new Change(nameOf(pupil), null)), caller.username(), now);
    notices.tell(pupil, "inventory.notify.assistiveReturned", deviceId);
  }

  /** Who has the device now, if lent. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','DIRECTOR','TICE_REFERENT')")
  public Optional<PersonName> borrower(long deviceId) {
    Caller caller = access.caller();
    if (!access.mayRead(caller, schoolOf(caller, deviceId))) {
      throw access.deny(caller, "device:" + deviceId);
    }
    return loans.borrower(deviceId).flatMap(id -> people.names(List.of(id)).stream().findFirst());
  }

  /**
   * The assistive devices of the same school that can replace this one: in stock or in service,
   * lent to nobody.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TICE_REFERENT')")
  public List<DeviceRow> replacements(long deviceId) {
    Caller caller = access.caller();
    return lists.freeAssistive(requireEditable(caller, deviceId), deviceId);
  }

  // --- inside the module

  private void lend(Caller caller, long deviceId, long pupilId, @Nullable Long replaces) {
    long school = requireEditable(caller, deviceId);
    Map<String, @Nullable Object> v = store.values(deviceId).orElseThrow();
    if (!"ASSISTIVE".equals(v.get("kind"))) {
      throw new InventoryException("inventory.error.notAssistive");
    }
    if (!"IN_SERVICE".equals(v.get("state")) && !"IN_STOCK".equals(v.get("state"))) {
      throw new InventoryException("inventory.error.notAvailable");
    }
    if (loans.borrower(deviceId).isPresent()) {
      throw new InventoryException("inventory.error.alreadyLent");
    }
    if (!loans.pupilsOfSchool(school).contains(pupilId)) {
      throw access.deny(caller, "pupil:" + pupilId);
    }
    Instant now = time.now();
    loans.lend(deviceId, pupilId, now, caller.username(), replaces);
    if ("IN_STOCK".equals(v.get("state"))) {
      Map<String, @Nullable Object> wanted = new HashMap<>();
      wanted.put("state", DeviceState.IN_SERVICE);
      store.update(deviceId, wanted, caller.username(), now);
    }
    store.history(
        deviceId, Map.of("loan", new Change(null, nameOf(pupilId))), caller.username(), now);
    if (replaces == null) {
      notices.tell(pupilId, "inventory.notify.assistiveLent", deviceId);
    }
  }

  /** The device's school, refused unless the caller may edit its devices. */
  private long requireEditable(Caller caller, long deviceId) {
    long school = schoolOf(caller, deviceId);
    if (!access.mayEdit(caller, school)) {
      throw access.deny(caller, "device:" + deviceId);
    }
    return school;
  }

  private long schoolOf(Caller caller, long deviceId) {
    return store.schoolOf(deviceId).orElseThrow(() -> access.deny(caller, "device:" + deviceId));
  }

  private String nameOf(long accountId) {
    return people.names(List.of(accountId)).stream().map(PersonName::full).findFirst().orElse("?");
  }
}
