package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.inventory.DeviceState;
import fr.passerelle.app.inventory.EquipmentNotices;
import fr.passerelle.app.platform.SchoolTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells a pupil's parents and teachers about the assistive device lent to them (lent, back, gone to
 * repair): a notification with the device's name and the pupil's first name. Called from the
 * inventory's transactional services, in their transaction.
 */
@Component
public class AssistiveNotices {

  private final DeviceStore devices;
  private final LoanStore loans;
  private final People people;
  private final EquipmentNotices notices;
  private final SchoolTime time;

  AssistiveNotices(
      DeviceStore devices,
      LoanStore loans,
      People people,
      EquipmentNotices notices,
      SchoolTime time) {
    this.devices = devices;
    this.loans = loans;
    this.people = people;
    this.notices = notices;
    this.time = time;
  }

  /** A lent assistive device going to repair tells its borrower's family and teachers. */
  public void afterStateChange(long deviceId, DeviceState before, DeviceState after) {
    if (before == after || after != DeviceState.IN_REPAIR) {
      return;
    }
    if (!"ASSISTIVE".equals(devices.values(deviceId).orElseThrow().get("kind"))) {
      return;
    }
    loans
        .borrower(deviceId)
        .ifPresent(pupil -> tell(pupil, "inventory.notify.assistiveRepair", deviceId));
  }

  /**
   * Tells the pupil's guardians and teachers, with the device's name and the pupil's first name.
   */
  public void tell(long pupil, String key, long deviceId) {
    List<Long> recipients = new ArrayList<>(people.guardiansOf(pupil));
    recipients.addAll(loans.teachersOf(pupil));
    PersonName name = people.names(List.of(pupil)).getFirst();
    notices.send(recipients, key, time.now(), devices.name(deviceId), name.firstName());
  }
}
