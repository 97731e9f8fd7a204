package fr.passerelle.app.absences;

import fr.passerelle.app.absences.internal.AbsenceStore;
import fr.passerelle.app.absences.internal.AbsenceStore.MarkRow;
import fr.passerelle.app.absences.internal.AbsenceStore.NoticeRow;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences.
 *
 * <ul>
 *   <li><b>Parents</b>, for their own children only: report an absence in advance, justify an
 *       absence the teacher marked, read what they submitted. Each submission is a new row.
 *   <li><b>Teachers</b>, for their own classes only: the roll call of a half-day, pre-filled with
 *       the absences parents announced; a correction is a new mark. A new absence nobody announced
 *       is told to the child's parents ({@link FamilyNews}).
 *   <li><b>Directors</b>, for their own school only: the absences no parent has justified.
 * </ul>
 *
 * An absence is justified when a parent's notice, sent before or after, covers its half-day.
 * Refusals are audited ({@link Scope}). Marks, justifications and reports tell the open pages of
 * the child's parents and of the school's director ({@link AbsenceSignals}).
 */
@Service
@Transactional(readOnly = true)
public class AbsenceService {

  public static final int MAX_COMMENT = 500;

  /** The longest absence a parent reports at once, in days. */
  public static final int MAX_SPAN_DAYS = 60;

  /** How far back a teacher may take or correct a roll call, in days. */
  public static final int MAX_PAST_DAYS = 60;

  public static final String NEWS_KIND = "absences";
  public static final String ROUTE = "absences";

  private static final int SHOWN = 50;

  /** The mail's plain text is French, like the school's other mails. */
  private static final ResourceBundle NEWS_TEXTS =
      ResourceBundle.getBundle("i18n.absences", Locale.ROOT);

  private final AbsenceStore store;
  private final ClassService classes;
  private final Memberships memberships;
  private final People people;
  private final Scope scope;
  private final ApplicationEventPublisher events;
  private final LiveSignals live;
  private final SchoolTime time;

  AbsenceService(
      AbsenceStore store,
      ClassService classes,
      Memberships memberships,
      People people,
      Scope scope,
      ApplicationEventPublisher events,
      LiveSignals live,
      SchoolTime time) {
    this.store = store;
    this.classes = classes;
    this.memberships = memberships;
    this.people = people;
    this.scope = scope;
    this.events = events;
    this.live = live;
    this.time = time;
  }

  // ---- parents ----

  /** The caller's children (ids and names). */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(scope.children(scope.caller()));
  }

  /** A child's absences no parent has justified yet, the latest first. */
  @PreAuthorize("hasRole('PARENT')")
  public List<Absence> toJustify(long childId) {
    scope.requireGuardianOf(scope.caller(), childId);
    return toAbsences(store.unjustifiedOfPupil(childId, SHOWN));
  }

  /** Everything the child's parents submitted about absences, the latest first. */
  @PreAuthorize("hasRole('PARENT')")
  public List<AbsenceNotice> notices(long childId) {
    scope.requireGuardianOf(scope.caller(), childId);
    return toNotices(store.notices(childId, SHOWN));
  }

  /** Reports an absence in advance (from today on). */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public void report(AbsenceNoticeDraft draft) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, draft.childId());
    if (draft.to().isBefore(draft.from())) {
      throw new AbsenceException("absences.error.order");
    }
    if (draft.to().isBefore(time.today())) {
      throw new AbsenceException("absences.error.past");
    }
    if (ChronoUnit.DAYS.between(draft.from(), draft.to()) >= MAX_SPAN_DAYS) {
      throw new AbsenceException("absences.error.span", MAX_SPAN_DAYS);
    }
    store.insertNotice(
        draft.childId(),
        caller.id(),
        NoticeKind.ADVANCE,
        draft.from(),
        draft.to(),
        draft.part(),
        draft.reason(),
        comment(draft.comment()),
        time.now());
    tellFamilyAndSchool(draft.childId(), AbsenceSignals.REPORTED);
  }

  /** Justifies a half-day the teacher marked the child absent. */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public void justify(
      long childId, LocalDate day, HalfDay half, Reason reason, @Nullable String comment) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, childId);
    if (!store.mark(childId, day, half).orElse(false)) {
      throw new AbsenceException("absences.error.notAbsent");
    }
    store.insertNotice(
        childId,
        caller.id(),
        NoticeKind.JUSTIFICATION,
        day,
        day,
        DayPart.of(half),
        reason,
        comment(comment),
        time.now());
    tellFamilyAndSchool(childId, AbsenceSignals.JUSTIFIED);
  }

  // ---- teachers ----

  /** The classes the calling teacher takes the roll call of. */
  @PreAuthorize("hasRole('TEACHER')")
  public List<ClassSummary> myClasses() {
    return classes.myClasses();
  }

  /**
   * The roll call of one of the caller's classes for a half-day: each pupil with the latest mark,
   * or, before the first one, absent when a parent announced it.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public RollCall rollCall(long classId, LocalDate day, HalfDay half) {
    scope.requireTeaches(scope.caller(), classId);
    return rollCallOf(classId, day, half);
  }

  /**
   * Saves the roll call: a mark for each pupil whose state changes (or has none yet), the earlier
   * marks kept. A new absence no parent announced is told to the child's parents.
   */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public RollCall saveRollCall(long classId, LocalDate day, HalfDay half, Set<Long> absentIds) {
    Caller caller = scope.caller();
    scope.requireTeaches(caller, classId);
    Set<Long> pupils = memberships.pupilsOf(classId);
    scope.require(pupils.containsAll(absentIds), caller, "class:" + classId);
    LocalDate today = time.today();
    if (day.isAfter(today)) {
      throw new AbsenceException("absences.error.future");
    }
    if (day.isBefore(today.minusDays(MAX_PAST_DAYS))) {
      throw new AbsenceException("absences.error.tooOld", MAX_PAST_DAYS);
    }
    long schoolId = memberships.schoolOfClass(classId).orElseThrow();
    Map<Long, Boolean> marks = store.marks(classId, day, half);
    Map<Long, NoticeRow> announced = store.covering(pupils, day, half);
    Instant now = time.now();
    boolean changed = false;
    for (long pupil : pupils) {
      boolean absent = absentIds.contains(pupil);
      Boolean current = marks.get(pupil);
      if (current != null && current == absent) {
        continue;
      }
      store.insertMark(pupil, classId, schoolId, day, half, absent, caller.id(), now);
      live.publish(AbsenceSignals.pupilTopic(pupil), AbsenceSignals.MARKED, pupil);
      changed = true;
      if (absent && !announced.containsKey(pupil)) {
        tellParents(pupil, day, half, now);
      }
    }
    if (changed) {
      live.publish(AbsenceSignals.schoolTopic(schoolId), AbsenceSignals.MARKED, classId);
    }
    return rollCallOf(classId, day, half);
  }

  /**
   * Today's roll calls of the caller's classes, morning and afternoon: what a teacher's home shows.
   */
  @PreAuthorize("hasRole('TEACHER')")
  public List<RollCall> todaysRollCalls() {
    LocalDate today = time.today();
    List<RollCall> calls = new ArrayList<>();
    for (ClassSummary c : classes.myClasses()) {
      for (HalfDay half : HalfDay.values()) {
        calls.add(rollCallOf(c.id(), today, half));
      }
    }
    return calls;
  }

  // ---- directors ----

  /** The school the calling director runs, if any. */
  @PreAuthorize("hasRole('DIRECTOR')")
  public @Nullable Long mySchool() {
    return scope.caller().schoolId();
  }

  /** The school's absences no parent has justified, the latest first, a page at a time. */
  @PreAuthorize("hasRole('DIRECTOR')")
  public List<Absence> unjustified(long schoolId, int offset, int limit) {
    scope.requireDirects(scope.caller(), schoolId);
    return toAbsences(
        store.unjustifiedOfSchool(schoolId, Math.max(0, offset), Math.clamp(limit, 1, 200)));
  }

  @PreAuthorize("hasRole('DIRECTOR')")
  public long countUnjustified(long schoolId) {
    scope.requireDirects(scope.caller(), schoolId);
    return store.countUnjustifiedOfSchool(schoolId);
  }

  // ---- rules ----

  private RollCall rollCallOf(long classId, LocalDate day, HalfDay half) {
    Set<Long> pupils = memberships.pupilsOf(classId);
    Map<Long, Boolean> marks = store.marks(classId, day, half);
    Map<Long, NoticeRow> announced = store.covering(pupils, day, half);
    Map<Long, AbsenceNotice> notices =
        toNotices(List.copyOf(announced.values())).stream()
            .collect(Collectors.toMap(AbsenceNotice::pupilId, Function.identity()));
    List<RollLine> lines = new ArrayList<>();
    for (PersonName pupil : people.names(pupils)) {
      Boolean marked = marks.get(pupil.id());
      AbsenceNotice notice = notices.get(pupil.id());
      boolean absent = marked != null ? marked : notice != null;
      lines.add(new RollLine(pupil, marked, notice, absent));
    }
    return new RollCall(
        classId, memberships.classLabel(classId).orElse(""), day, half, !marks.isEmpty(), lines);
  }

  /** A parent justified or reported: their family's pages and the director's list follow. */
  private void tellFamilyAndSchool(long childId, String kind) {
    live.publish(AbsenceSignals.pupilTopic(childId), kind, childId);
    memberships
        .classOfPupil(childId)
        .flatMap(memberships::schoolOfClass)
        .ifPresent(school -> live.publish(AbsenceSignals.schoolTopic(school), kind, childId));
  }

  private void tellParents(long pupil, LocalDate day, HalfDay half, Instant now) {
    String name =
        people.names(Set.of(pupil)).stream().findFirst().map(PersonName::firstName).orElse("");
    String date = time.formats(Languages.FRENCH).shortDate(day);
    events.publishEvent(
        new FamilyNews(
            pupil,
            Set.of(),
            NEWS_KIND,
            "absences.news.subject." + half.name(),
            List.of(name, date),
            new MessageFormat(
                    NEWS_TEXTS.getString("absences.news.body." + half.name()), Languages.FRENCH)
                .format(new Object[] {name, date}),
            ROUTE,
            now));
  }

  private List<Absence> toAbsences(List<MarkRow> rows) {
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(r.pupilId()));
    Map<Long, PersonName> names =
        people.names(ids).stream().collect(Collectors.toMap(PersonName::id, Function.identity()));
    LocalDate today = time.today();
    List<Absence> absences = new ArrayList<>();
    for (MarkRow r : rows) {
      absences.add(
          new Absence(
              names.getOrDefault(r.pupilId(), new PersonName(r.pupilId(), "", "")),
              r.classId(),
              r.className(),
              r.day(),
              r.half(),
              ChronoUnit.DAYS.between(r.day(), today)));
    }
    return absences;
  }

  private List<AbsenceNotice> toNotices(List<NoticeRow> rows) {
    Set<Long> parents = new HashSet<>();
    rows.forEach(
        r -> {
          if (r.parentId() != null) {
            parents.add(r.parentId());
          }
        });
    Map<Long, String> names =
        people.names(parents).stream().collect(Collectors.toMap(PersonName::id, PersonName::full));
    return rows.stream()
        .map(
            r ->
                new AbsenceNotice(
                    r.id(),
                    r.pupilId(),
                    r.parentId() == null ? "" : names.getOrDefault(r.parentId(), ""),
                    r.kind(),
                    r.from(),
                    r.to(),
                    r.part(),
                    r.reason(),
                    r.comment(),
                    r.at()))
        .toList();
  }

  private static @Nullable String comment(@Nullable String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    String cleaned = comment.strip();
    if (cleaned.length() > MAX_COMMENT) {
      throw new AbsenceException("absences.error.tooLong", MAX_COMMENT);
    }
    return cleaned;
  }
}
