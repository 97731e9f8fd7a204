package fr.passerelle.app.family.internal;

import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import fr.passerelle.app.identity.Guardianships;
import org.springframework.stereotype.Component;

/**
 * A parent's settings as they count now: the latest change, or the defaults (the account's address,
 * a daily digest, no content in the e-mail). No caller check: for the module's services and the
 * mailer.
 */
@Component
public class FamilySettings {

  public static final Frequency DEFAULT_FREQUENCY = Frequency.DIGEST;

  private final FamilyStore store;
  private final Guardianships guardianships;

  FamilySettings(FamilyStore store, Guardianships guardianships) {
    this.store = store;
    this.guardianships = guardianships;
  }

  public NotificationSettings of(long parentId) {
    return store
        .latestSettings(parentId)
        .orElseGet(
            () ->
                new NotificationSettings(
                    guardianships.emailOf(parentId).orElse(null), DEFAULT_FREQUENCY, false, null));
  }
}
