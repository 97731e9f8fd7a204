package fr.passerelle.app.family;

import fr.passerelle.app.family.internal.FamilySettings;
import fr.passerelle.app.family.internal.FamilyStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Guardianships;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's own e-mail settings ("Mes notifications"): the address, how often, and whether the
 * content goes in the e-mail. A parent reads and changes only their own; every change is a new row
 * with its time, the latest counts.
 */
@Service
@Transactional(readOnly = true)
public class NotificationSettingsService {

  public static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final FamilySettings settings;
  private final FamilyStore store;
  private final Guardianships guardianships;
  private final Scope scope;
  private final SchoolTime time;

  NotificationSettingsService(
      FamilySettings settings,
      FamilyStore store,
      Guardianships guardianships,
      Scope scope,
      SchoolTime time) {
    this.settings = settings;
    this.store = store;
    this.guardianships = guardianships;
    this.scope = scope;
    this.time = time;
  }

  /** The caller's settings as they count now. */
  @PreAuthorize("hasRole('PARENT')")
  public NotificationSettings mine() {
    return settings.of(scope.caller().id());
  }

  /** Every change the caller made, newest first. */
  @PreAuthorize("hasRole('PARENT')")
  public List<NotificationSettings> myHistory() {
    return store.history(scope.caller().id());
  }

  /**
   * Changes the caller's settings. An address is needed to receive anything; it must look like one.
   * The account's address follows.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public NotificationSettings change(
      @Nullable String email, Frequency frequency, boolean withContent) {
    Caller caller = scope.caller();
    String address = email == null ? "" : email.strip();
    if (address.length() > MAX_EMAIL) {
      throw new FamilyException("family.error.emailTooLong", MAX_EMAIL);
    }
    if (!address.isEmpty() && !EMAIL.matcher(address).matches()) {
      throw new FamilyException("family.error.emailInvalid");
    }
    if (address.isEmpty() && frequency != Frequency.NONE) {
      throw new FamilyException("family.error.emailMissing");
    }
    Instant now = time.now();
    String stored = address.isEmpty() ? null : address;
    store.insertSettings(caller.id(), stored, frequency, withContent, now);
    guardianships.setEmail(caller.id(), stored);
    return settings.of(caller.id());
  }
}
