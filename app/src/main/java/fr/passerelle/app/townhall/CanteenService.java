package fr.passerelle.app.townhall;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.townhall.internal.CanteenStore;
import fr.passerelle.app.townhall.internal.CanteenStore.Outing;
import fr.passerelle.app.townhall.internal.CanteenStore.Placement;
import fr.passerelle.app.townhall.internal.CanteenStore.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canteen of a commune's schools.
 *
 * <ul>
 *   <li><b>Town-hall staff</b> of the commune publish the menu of each school day, set the
 *       registration deadline and read the number of meals per school and day. Staff of another
 *       commune are refused, and the refusal audited.
 *   <li><b>Parents</b> read their own children's menus and register or unregister each child for
 *       canteen days until the commune's deadline; every change is a new row, kept. On the day of a
 *       school outing of the child's class, they may cancel the meal even past the deadline.
 *   <li><b>Pupils</b> read their own school's menus.
 * </ul>
 *
 * Canteen days are Monday, Tuesday, Thursday and Friday ({@link CanteenDays}). Scope questions and
 * refusals go through {@link Scope} (audited "commune:&lt;id&gt;", "pupil:&lt;id&gt;").
 */
@Service
@Transactional(readOnly = true)
public class CanteenService {

  public static final int MAX_DISHES = 12;
  public static final int MAX_NAME = 120;

  static final String PARENT = "PARENT";
  static final String OUTING = "OUTING";

  private final CanteenStore store;
  private final People people;
  private final Scope scope;
  private final SchoolTime time;

  CanteenService(CanteenStore store, People people, Scope scope, SchoolTime time) {
    this.store = store;
    this.people = people;
    this.scope = scope;
    this.time = time;
  }

  // ---- town-hall staff ----

  /** The commune of the calling town-hall staff member. */
  @PreAuthorize("hasRole('TOWN_HALL')")
  public long myCommune() {
    Caller caller = scope.caller();
    if (caller.communeId() == null) {
      throw scope.deny(caller, "commune:none");
    }
    return caller.communeId();
  }

  /**
   * Publishes (or replaces) the commune's menu of a canteen day: at least one dish, each named,
   * with its allergens.
   */
  @PreAuthorize("hasRole('TOWN_HALL')")
  @Transactional
  public CanteenMenu publishMenu(long communeId, LocalDate day, List<Dish> dishes) {
    Caller caller = requireStaff(communeId);
    if (!CanteenDays.is(day)) {
      throw new TownHallException("townhall.error.notCanteenDay");
    }
    if (dishes.isEmpty()) {
      throw new TownHallException("townhall.error.noDish");
    }
    if (dishes.size() > MAX_DISHES) {
      throw new TownHallException("townhall.error.tooManyDishes", MAX_DISHES);
    }
    List<Dish> cleaned = new ArrayList<>();
    for (Dish dish : dishes) {
      String name = dish.name().strip();
      if (name.isEmpty()) {
        throw new TownHallException("townhall.error.dishName");
      }
      if (name.length() > MAX_NAME) {
        throw new TownHallException("townhall.error.tooLong", MAX_NAME);
      }
      cleaned.add(new Dish(dish.course(), name, dish.allergens(), dish.vegetarian()));
    }
    cleaned.sort(java.util.Comparator.comparing(Dish::course));
    store.saveMenu(communeId, day, cleaned, caller.id(), time.now());
    return store.menus(communeId, day, day).get(day);
  }

  /** The commune's menus between two days (included), for its staff. */
  @PreAuthorize("hasRole('TOWN_HALL')")
  public Map<LocalDate, CanteenMenu> menus(long communeId, LocalDate from, LocalDate to) {
    requireStaff(communeId);
    return store.menus(communeId, from, to);
  }

  /** The commune's deadline (the default until its staff set one). */
  @PreAuthorize("hasRole('TOWN_HALL')")
  public Deadline deadline(long communeId) {
    requireStaff(communeId);
    return store.deadline(communeId).orElse(Deadline.DEFAULT);
  }

  @PreAuthorize("hasRole('TOWN_HALL')")
  @Transactional
  public Deadline setDeadline(long communeId, int daysBefore, LocalTime at) {
    Caller caller = requireStaff(communeId);
    if (daysBefore < 0 || daysBefore > Deadline.MAX_DAYS) {
      throw new TownHallException("townhall.error.deadlineDays", Deadline.MAX_DAYS);
    }
    Deadline deadline = new Deadline(daysBefore, at.withSecond(0).withNano(0));
    store.saveDeadline(communeId, deadline, caller.id(), time.now());
    return deadline;
  }

  /** Meals per school of the commune and canteen day between two days, zeros included. */
  @PreAuthorize("hasRole('TOWN_HALL')")
  public List<MealCount> mealCounts(long communeId, LocalDate from, LocalDate to) {
    requireStaff(communeId);
    Map<Long, Map<LocalDate, Integer>> counts = store.mealCounts(communeId, from, to);
    List<MealCount> result = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!CanteenDays.is(day)) {
        continue;
      }
      for (CanteenStore.SchoolName school : store.schoolsOf(communeId)) {
        result.add(
            new MealCount(
                school.id(),
                school.name(),
                day,
                counts.getOrDefault(school.id(), Map.of()).getOrDefault(day, 0)));
      }
    }
    return result;
  }

  // ---- parents ----

  /** The caller's children (ids and names). */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(scope.children(scope.caller()));
  }

  /** One of the caller's children's canteen week, from its Monday. */
  @PreAuthorize("hasRole('PARENT')")
  public ChildCanteen childWeek(long childId, LocalDate monday) {
    Caller caller = requireGuardian(childId);
    Optional<Placement> placement = store.placementOf(childId);
    String name =
        people.names(List.of(childId)).stream().map(PersonName::firstName).findFirst().orElse("");
    if (placement.isEmpty()) {
      return new ChildCanteen(childId, name, "", List.of());
    }
    List<LocalDate> days = CanteenDays.ofWeek(CanteenDays.monday(monday));
    return new ChildCanteen(
        childId,
        name,
        placement.get().schoolName(),
        mealDays(childId, placement.get(), days.getFirst(), days.getLast()));
  }

  /**
   * The child's next canteen day from today (today's included), for the parent's home; empty when
   * the child is not enrolled.
   */
  @PreAuthorize("hasRole('PARENT')")
  public Optional<MealDay> childNextDay(long childId) {
    requireGuardian(childId);
    LocalDate day = CanteenDays.next(time.today());
    return store
        .placementOf(childId)
        .flatMap(p -> mealDays(childId, p, day, day).stream().findFirst());
  }

  /**
   * The outings of the next four weeks on which the child is registered for the canteen and the
   * meal not cancelled yet: the parent may still cancel it.
   */
  @PreAuthorize("hasRole('PARENT')")
  public List<OutingOffer> openOutingOffers(long childId) {
    requireGuardian(childId);
    LocalDate today = time.today();
    return store
        .placementOf(childId)
        .map(p -> mealDays(childId, p, today, today.plusWeeks(4)))
        .orElse(List.of())
        .stream()
        .filter(d -> d.outing() != null && d.registered())
        .map(MealDay::outing)
        .map(Objects::requireNonNull)
        .toList();
  }

  /**
   * Registers one of the caller's children for a canteen day, or unregisters them. Refused with
   * {@link CanteenClosedException} once the commune's deadline for that day has passed. A change is
   * a new row; asking for the state the child is already in writes nothing.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public MealDay setMeal(long childId, LocalDate day, boolean eats) {
    Caller caller = requireGuardian(childId);
    Placement placement = placementOrRefuse(childId);
    if (!CanteenDays.is(day)) {
      throw new TownHallException("townhall.error.notCanteenDay");
    }
    MealDay now = mealDays(childId, placement, day, day).getFirst();
    if (!now.open()) {
      throw new CanteenClosedException(day, now.closesAt());
    }
    if (now.registered() != eats) {
      store.register(childId, day, eats, PARENT, null, caller.id(), time.now());
    }
    return mealDays(childId, placement, day, day).getFirst();
  }

  /**
   * Cancels a child's meal on the day of their class's outing, even past the deadline; recorded
   * with the outing as its reason.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public MealDay cancelForOuting(long childId, LocalDate day) {
    Caller caller = requireGuardian(childId);
    Placement placement = placementOrRefuse(childId);
    MealDay now = mealDays(childId, placement, day, day).getFirst();
    if (now.outing() == null || day.isBefore(time.today())) {
      throw new TownHallException("townhall.error.noOuting");
    }
    if (now.registered()) {
      store.register(childId, day, false, OUTING, now.outing().outingId(), caller.id(), time.now());
    }
    return mealDays(childId, placement, day, day).getFirst();
  }

  // ---- pupils ----

  /** The menus of the calling pupil's school for the week starting on this Monday. */
  @PreAuthorize("hasRole('PUPIL')")
  public List<CanteenMenu> myWeekMenus(LocalDate monday) {
    Caller caller = scope.caller();
    LocalDate from = CanteenDays.monday(monday);
    return store
        .placementOf(caller.id())
        .map(p -> List.copyOf(store.menus(p.communeId(), from, from.plusDays(6)).values()))
        .orElse(List.of());
  }

  // ---- rules ----

  private List<MealDay> mealDays(long childId, Placement placement, LocalDate from, LocalDate to) {
    Map<LocalDate, CanteenMenu> menus = store.menus(placement.communeId(), from, to);
    Map<LocalDate, Registration> registrations = store.registrations(childId, from, to);
    Map<LocalDate, Outing> outings = store.outings(placement.classId(), from, to);
    Deadline deadline = store.deadline(placement.communeId()).orElse(Deadline.DEFAULT);
    LocalDateTime now = time.localNow();
    List<MealDay> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!CanteenDays.is(day)) {
        continue;
      }
      Registration r = registrations.get(day);
      boolean registered = r != null && r.eats();
      Outing outing = outings.get(day);
      OutingOffer offer =
          outing == null
              ? null
              : new OutingOffer(
                  outing.outingId(),
                  day,
                  outing.title(),
                  r != null
                      && !r.eats()
                      && OUTING.equals(r.reason())
                      && Objects.equals(r.outingId(), outing.outingId()));
      LocalDateTime closesAt = deadline.closesAt(day);
      days.add(
          new MealDay(day, menus.get(day), registered, now.isBefore(closesAt), closesAt, offer));
    }
    return days;
  }

  private Placement placementOrRefuse(long childId) {
    return store
        .placementOf(childId)
        .orElseThrow(() -> new TownHallException("townhall.error.notEnrolled"));
  }

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
}
