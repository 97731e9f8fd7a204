package fr.passerelle.app.townhall;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.townhall.internal.CanteenStore;
import fr.passerelle.app.townhall.internal.CanteenStore.Placement;
import fr.passerelle.app.townhall.internal.CommuneLifeStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commune's information pages for families and its schools' after-school activities and care.
 *
 * <ul>
 *   <li><b>Town-hall staff</b> publish pages for their commune's families and add activities to
 *       their commune's schools (places, last day to register), and see how many places are taken.
 *   <li><b>Parents</b> read their children's commune's pages and register or unregister a child for
 *       an activity of the child's school until its last day, while places are left; each change is
 *       a new row, kept.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class CommuneLifeService {

  public static final int MAX_TITLE = 120;
  public static final int MAX_BODY = 6000;
  public static final int MAX_TEXT = 2000;
  public static final int MAX_SCHEDULE = 120;

  private final CommuneLifeStore store;
  private final CanteenStore placements;
  private final Scope scope;
  private final SchoolTime time;

  CommuneLifeService(
      CommuneLifeStore store, CanteenStore placements, Scope scope, SchoolTime time) {
    this.store = store;
    this.placements = placements;
    this.scope = scope;
    this.time = time;
  }

  // ---- town-hall staff ----

  @PreAuthorize("hasRole('TOWN_HALL')")
  @Transactional
  public void publishPage(long communeId, String title, String body) {
    Caller caller = requireStaff(communeId);
    store.insertPage(
        communeId,
        checked(title, MAX_TITLE, "townhall.error.titleEmpty"),
        checked(body, MAX_BODY, "townhall.error.textEmpty"),
        caller.id(),
        time.now());
  }

  @PreAuthorize("hasRole('TOWN_HALL')")
  public List<InfoPage> pages(long communeId) {
    requireStaff(communeId);
    return store.pages(communeId);
  }

  /** Adds an activity or the care to one of the caller's commune's schools. */
  @PreAuthorize("hasRole('TOWN_HALL')")
  @Transactional
  public void addActivity(
      long schoolId,
      ActivityKind kind,
      String title,
      String description,
      String schedule,
      int places,
      LocalDate closesOn) {
    Caller caller = scope.caller();
    Optional<Long> commune = store.communeOfSchool(schoolId);
    if (commune.isEmpty() || !scope.isTownHallOf(caller, commune.get())) {
      throw scope.deny(caller, "school:" + schoolId);
    }
    if (places < 1 || places > 500) {
      throw new TownHallException("townhall.error.places");
    }
    store.insertActivity(
        schoolId,
        kind,
        checked(title, MAX_TITLE, "townhall.error.titleEmpty"),
        checked(description, MAX_TEXT, "townhall.error.textEmpty"),
        checked(schedule, MAX_SCHEDULE, "townhall.error.scheduleEmpty"),
        places,
        closesOn,
        caller.id(),
        time.now());
  }

  @PreAuthorize("hasRole('TOWN_HALL')")
  public List<Activity> activities(long communeId) {
    requireStaff(communeId);
    return store.ofCommune(communeId, -1);
  }

  // ---- parents ----

  /** The pages of the communes of the caller's children, latest first. */
  @PreAuthorize("hasRole('PARENT')")
  public List<InfoPage> myPages() {
    Caller caller = scope.caller();
    return scope.children(caller).stream()
        .map(placements::placementOf)
        .flatMap(Optional::stream)
        .map(Placement::communeId)
        .distinct()
        .flatMap(c -> store.pages(c).stream())
        .toList();
  }

  /** The activities of one of the caller's children's school, with the child's registrations. */
  @PreAuthorize("hasRole('PARENT')")
  public List<Activity> childActivities(long childId) {
    requireGuardian(childId);
    return placements
        .placementOf(childId)
        .map(p -> store.ofSchool(p.schoolId(), childId))
        .orElse(List.of());
  }

  /**
   * Registers a child for an activity of their school, or unregisters them, until its last day
   * (included); registering needs a place left. A change is a new row.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public Activity register(long childId, long activityId, boolean registered) {
    Caller caller = requireGuardian(childId);
    Activity activity =
        store
            .activity(activityId, childId)
            .orElseThrow(() -> scope.deny(caller, "activity:" + activityId));
    Optional<Placement> placement = placements.placementOf(childId);
    if (placement.isEmpty() || placement.get().schoolId() != activity.schoolId()) {
      throw scope.deny(caller, "activity:" + activityId);
    }
    if (time.today().isAfter(activity.closesOn())) {
      throw new TownHallException("townhall.activity.closed");
    }
    if (activity.registered() == registered) {
      return activity;
    }
    if (registered && activity.left() == 0) {
      throw new TownHallException("townhall.activity.full");
    }
    store.register(activityId, childId, registered, caller.id(), time.now());
    return store.activity(activityId, childId).orElseThrow();
  }

  // ---- rules ----

  private Caller requireStaff(long communeId) {
    Caller caller = scope.caller();
    scope.requireTownHallOf(caller, communeId);
    return caller;
  }

  private Caller requireGuardian(long childId) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, childId);
    return caller;
  }

  private static String checked(String text, int max, String emptyKey) {
    String cleaned = text.strip();
    if (cleaned.isEmpty()) {
      throw new TownHallException(emptyKey);
    }
    if (cleaned.length() > max) {
      throw new TownHallException("townhall.error.textTooLong", max);
    }
    return cleaned;
  }
}
