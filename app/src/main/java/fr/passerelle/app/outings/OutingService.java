package fr.passerelle.app.outings;

import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.outings.internal.OutingStore;
import fr.passerelle.app.outings.internal.OutingStore.AnswerRow;
import fr.passerelle.app.outings.internal.OutingStore.Row;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * School outings.
 *
 * <ul>
 *   <li><b>Announcing</b>: a teacher for the classes they teach, the director for classes of their
 *       school. Saving publishes {@link OutingAnnounced} and a {@link FamilyNews} for each pupil
 *       concerned.
 *   <li><b>Answers</b>: a parent authorises or refuses for each of their own children concerned,
 *       until the answer date (included); every answer is a new row, the latest counts.
 *   <li><b>Following</b>: the teachers of a class concerned see its pupils' answers; the director
 *       sees every class of the outing.
 *   <li>Refusals are audited ({@link Scope}).
 * </ul>
 *
 * The outing's day, a cost and the mails are written by {@link SchoolTime}'s formats; the mails in
 * French, like the school's other mails.
 */
@Service
@Transactional(readOnly = true)
public class OutingService {

  public static final int MAX_TITLE = 120;
  public static final int MAX_PLACE = 200;
  public static final int MAX_FORM = 4000;

  /** A cost above this is surely a typing mistake. */
  public static final BigDecimal MAX_COST = new BigDecimal("1000");

  /** The route of the parents' page, for e-mails. */
  public static final String PARENT_ROUTE = "autorisations";

  private final OutingStore store;
  private final ClassService classes;
  private final Memberships memberships;
  private final People people;
  private final Scope scope;
  private final ApplicationEventPublisher events;
  private final SchoolTime time;

  OutingService(
      OutingStore store,
      ClassService classes,
      Memberships memberships,
      People people,
      Scope scope,
      ApplicationEventPublisher events,
      SchoolTime time) {
    this.store = store;
    this.classes = classes;
    this.memberships = memberships;
    this.people = people;
    this.scope = scope;
    this.events = events;
    this.time = time;
  }

  // ---- staff ----

  /** The classes the caller may announce an outing for: a teacher's own, a director's school's. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<ClassSummary> myClasses() {
    Caller caller = scope.caller();
    List<ClassSummary> list = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      classes.ofSchool(caller.schoolId()).stream().filter(c -> seen.add(c.id())).forEach(list::add);
    }
    if (caller.has(Role.TEACHER)) {
      classes.myClasses().stream().filter(c -> seen.add(c.id())).forEach(list::add);
    }
    list.sort(Comparator.comparing(ClassSummary::name));
    return list;
  }

  /**
   * Announces an outing. Everything is checked before anything is written. Publishes {@link
   * OutingAnnounced}, then a {@link FamilyNews} for each pupil of the classes concerned.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public Outing announce(OutingDraft draft) {
    Caller caller = scope.caller();
    if (draft.classIds().isEmpty()) {
      throw new OutingException("outings.error.noClass");
    }
    Set<Long> schools = new HashSet<>();
    for (long classId : draft.classIds()) {
      scope.requireTeachesOrDirects(caller, classId);
      schools.add(memberships.schoolOfClass(classId).orElseThrow());
    }
    if (schools.size() != 1) {
      throw new OutingException("outings.error.oneSchool");
    }
    String title = checked(draft.title(), MAX_TITLE, "outings.error.titleEmpty");
    String place = checked(draft.place(), MAX_PLACE, "outings.error.placeEmpty");
    String form = checked(draft.formText(), MAX_FORM, "outings.error.formEmpty");
    LocalDate today = time.today();
    if (draft.date().isBefore(today)) {
      throw new OutingException("outings.error.datePast");
    }
    if (!draft.returns().isAfter(draft.departs())) {
      throw new OutingException("outings.error.returnBeforeDeparture");
    }
    if (draft.answerBy().isBefore(today) || draft.answerBy().isAfter(draft.date())) {
      throw new OutingException("outings.error.answerBy");
    }
    BigDecimal cost = draft.costEuros();
    if (cost.signum() < 0
        || cost.compareTo(MAX_COST) > 0
        || cost.stripTrailingZeros().scale() > 2) {
      throw new OutingException("outings.error.cost");
    }
    int cents = cost.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).intValueExact();
    long schoolId = schools.iterator().next();
    Instant now = time.now();
    Row row =
        new Row(
            0,
            schoolId,
            title,
            draft.date(),
            draft.departs(),
            draft.returns(),
            place,
            cents,
            form,
            draft.answerBy());
    long id = store.insert(row, draft.classIds(), caller.id(), now);
    Outing outing = toOuting(store.find(id).orElseThrow());
    events.publishEvent(
        new OutingAnnounced(id, schoolId, draft.classIds(), draft.date(), outing.title(), now));
    Formats french = time.formats(Languages.FRENCH);
    String day = french.fullDate(outing.date());
    String body =
        title
            + "\n"
            + day
            + " ("
            + outing.departs()
            + " – "
            + outing.returns()
            + ")\n"
            + place
            + "\n"
            + french.euros(cents)
            + "\n\n"
            + form;
    for (long pupil : memberships.pupilsOf(draft.classIds())) {
      events.publishEvent(
          new FamilyNews(
              pupil,
              Set.of(),
              "outings",
              "outings.news.subject",
              List.of(title, day),
              body,
              PARENT_ROUTE,
              now));
    }
    return outing;
  }

  /** The coming outings (from a week ago) of the caller's classes, soonest first. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<Outing> ofMyClasses() {
    Set<Long> mine = myClasses().stream().map(ClassSummary::id).collect(Collectors.toSet());
    return store.ofClasses(mine, time.today().minusDays(7)).stream().map(this::toOuting).toList();
  }

  /**
   * The answers to an outing: for a teacher, the pupils of the classes they teach among those
   * concerned; for the director, every class concerned.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public OutingAnswers answers(long outingId) {
    Caller caller = scope.caller();
    Row row = outing(caller, outingId);
    Set<Long> classIds = store.classesOf(outingId);
    List<Long> visible =
        classIds.stream().filter(c -> scope.teachesOrDirects(caller, c)).sorted().toList();
    scope.require(!visible.isEmpty(), caller, "outing:" + outingId);
    Map<Long, AnswerRow> latest = store.latestAnswers(outingId);
    Map<Long, String> parents =
        names(latest.values().stream().map(AnswerRow::parentId).collect(Collectors.toSet()));
    List<PupilAnswer> list = new ArrayList<>();
    for (long classId : visible) {
      String className = memberships.classLabel(classId).orElse("");
      people.names(memberships.pupilsOf(classId)).stream()
          .sorted(Comparator.comparing(PersonName::lastName).thenComparing(PersonName::firstName))
          .forEach(
              p -> list.add(new PupilAnswer(p, className, answer(latest.get(p.id()), parents))));
    }
    return new OutingAnswers(toOuting(row), list);
  }

  // ---- parents ----

  /** The coming outings of one of the caller's own children, soonest first, with their answer. */
  @PreAuthorize("hasRole('PARENT')")
  public List<ChildOuting> forChild(long childId) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, childId);
    Optional<Long> classId = memberships.classOfPupil(childId);
    if (classId.isEmpty()) {
      return List.of();
    }
    String firstName =
        people.names(List.of(childId)).stream().findFirst().map(PersonName::firstName).orElse("");
    List<ChildOuting> list = new ArrayList<>();
    for (Row row : store.ofClasses(List.of(classId.get()), time.today())) {
      List<AnswerRow> history = store.history(row.id(), childId);
      @Nullable AnswerRow latest = history.isEmpty() ? null : history.getFirst();
      Map<Long, String> parents = latest == null ? Map.of() : names(Set.of(latest.parentId()));
      list.add(new ChildOuting(toOuting(row), childId, firstName, answer(latest, parents)));
    }
    return list;
  }

  /** The caller's children (ids and names). */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(scope.children(scope.caller()));
  }

  /**
   * Authorises or refuses an outing for one of the caller's own children, concerned by it, until
   * the answer date (included). Kept as a new answer: the earlier ones stay.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public Answer answer(long outingId, long childId, boolean authorised) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, childId);
    Row row = outing(caller, outingId);
    Optional<Long> classId = memberships.classOfPupil(childId);
    scope.require(
        classId.isPresent() && store.classesOf(outingId).contains(classId.get()),
        caller,
        "outing:" + outingId);
    if (time.today().isAfter(row.answerBy())) {
      throw new OutingException("outings.error.closed", row.answerBy());
    }
    Instant now = time.now();
    store.insertAnswer(new AnswerRow(outingId, childId, caller.id(), authorised, now));
    return new Answer(authorised, caller.id(), caller.displayName(), now);
  }

  // ---- rules ----

  private Row outing(Caller caller, long outingId) {
    return store.find(outingId).orElseThrow(() -> scope.deny(caller, "outing:" + outingId));
  }

  private Outing toOuting(Row r) {
    Set<Long> classIds = store.classesOf(r.id());
    List<String> names =
        classIds.stream().map(c -> memberships.classLabel(c).orElse("")).sorted().toList();
    return new Outing(
        r.id(),
        r.schoolId(),
        r.title(),
        r.date(),
        r.departs(),
        r.returns(),
        r.place(),
        r.costCents(),
        r.formText(),
        r.answerBy(),
        classIds,
        names);
  }

  private Map<Long, String> names(Set<Long> ids) {
    return people.names(ids).stream()
        .collect(Collectors.toMap(PersonName::id, PersonName::full, (a, b) -> a));
  }

  private static @Nullable Answer answer(@Nullable AnswerRow row, Map<Long, String> parents) {
    if (row == null) {
      return null;
    }
    return new Answer(
        row.authorised(), row.parentId(), parents.getOrDefault(row.parentId(), ""), row.at());
  }

  private static String checked(String text, int max, String emptyKey) {
    String cleaned = text.strip();
    if (cleaned.isEmpty()) {
      throw new OutingException(emptyKey);
    }
    if (cleaned.length() > max) {
      throw new OutingException("outings.error.tooLong", max);
    }
    return cleaned;
  }
}
