package fr.passerelle.app.liaison;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.liaison.internal.LiaisonStore;
import fr.passerelle.app.liaison.internal.LiaisonStore.AckRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.NoticeRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.ReplyRow;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The liaison book (carnet de liaison).
 *
 * <ul>
 *   <li><b>Authors</b>: a teacher posts to one of their classes, or to some families of it; a
 *       director to a class of their school, to some families of it, or to the whole school. The
 *       children a notice is for are fixed when it is posted.
 *   <li><b>Parents</b> see the notices for each of their own children ({@link People}), sign them
 *       once ("J’ai lu": the first acknowledgement is kept with its time) and reply when the author
 *       allowed it (replies are kept as sent, never edited).
 *   <li><b>Counts</b> are per family: a child's family has signed when one of the child's parents
 *       has. The author (and the school's director) sees "X/Y" and who is missing; the author
 *       reminds only the missing families, and each reminder is recorded.
 *   <li>Every refusal is audited as {@code ACCESS_DENIED}.
 * </ul>
 *
 * Posting and reminding publish {@link FamilyNews} (kind {@value #KIND}) for each child's parents.
 */
@Service
@Transactional(readOnly = true)
public class LiaisonService {

  public static final String KIND = "liaison";
  public static final int MAX_TITLE = 200;
  public static final int MAX_TEXT = 4000;
  public static final int MAX_REPLY = 2000;

  /** The parents' page of the liaison book, where mails lead. */
  public static final String FAMILY_ROUTE = "carnet-de-liaison/famille";

  private final LiaisonStore store;
  private final Memberships memberships;
  private final People people;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LiaisonService(
      LiaisonStore store,
      Memberships memberships,
      People people,
      CurrentUser currentUser,
      AuditLog audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.memberships = memberships;
    this.people = people;
    this.currentUser = currentUser;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  // ---- authors ----

  /** Where the caller may post: the whole school first (directors), then classes by name. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<LiaisonAudience> audiences() {
    Caller caller = currentUser.require();
    Set<Long> classes = new HashSet<>();
    if (caller.has(Role.TEACHER)) {
      classes.addAll(memberships.classesTaughtBy(caller.id()));
    }
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      classes.addAll(memberships.classesOfSchool(caller.schoolId()));
    }
    List<LiaisonAudience> audiences =
        new ArrayList<>(
            classes.stream()
                .map(c -> new LiaisonAudience(c, memberships.classLabel(c).orElse("")))
                .sorted(Comparator.comparing(LiaisonAudience::label))
                .toList());
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      audiences.addFirst(new LiaisonAudience(null, store.schoolName(caller.schoolId()).orElse("")));
    }
    return audiences;
  }

  /** The pupils of a class the caller may post to, to choose some families. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<PersonName> pupilsOf(long classId) {
    Caller caller = currentUser.require();
    requireAuthorFor(caller, classId);
    return people.names(memberships.pupilsOf(classId));
  }

  /**
   * Posts a notice. Refused (and audited) outside the caller's classes or school, or for a pupil
   * outside the class; refused with a reason when the title or text is empty or too long.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public Notice post(NoticeDraft draft) {
    Caller caller = currentUser.require();
    long schoolId;
    Set<Long> pupils;
    if (draft.classId() == null) {
      if (!caller.has(Role.DIRECTOR) || caller.schoolId() == null) {
        throw deny(caller, "liaison-school");
      }
      if (!draft.pupilIds().isEmpty()) {
        throw new LiaisonException("liaison.error.chooseClass");
      }
      schoolId = caller.schoolId();
      pupils = memberships.pupilsOf(memberships.classesOfSchool(schoolId));
    } else {
      long classId = draft.classId();
      requireAuthorFor(caller, classId);
      schoolId = memberships.schoolOfClass(classId).orElseThrow();
      Set<Long> classPupils = memberships.pupilsOf(classId);
      if (!classPupils.containsAll(draft.pupilIds())) {
        throw deny(caller, "class:" + classId);
      }
      pupils = draft.pupilIds().isEmpty() ? classPupils : draft.pupilIds();
    }
    String title = checked(draft.title(), MAX_TITLE, "liaison.error.titleEmpty");
    String text = checked(draft.text(), MAX_TEXT, "liaison.error.textEmpty");
    if (pupils.isEmpty()) {
      throw new LiaisonException("liaison.error.nobody");
    }
    Instant now = clock.instant();
    NoticeRow row =
        new NoticeRow(
            0,
            schoolId,
            draft.classId(),
            title,
            text,
            draft.repliesAllowed(),
            !draft.pupilIds().isEmpty(),
            caller.id(),
            now);
    long id = store.insertNotice(row, pupils);
    for (long pupil : pupils) {
      events.publishEvent(
          new FamilyNews(
              pupil,
              Set.of(),
              KIND,
              "liaison.mail.posted",
              List.of(title),
              text,
              FAMILY_ROUTE,
              now));
    }
    return toNotice(store.find(id).orElseThrow());
  }

  /** The caller's notices, newest first, with how many families have signed each. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<NoticeStatus> myNotices(int offset, int limit) {
    Caller caller = currentUser.require();
    List<NoticeRow> rows = store.byAuthor(caller.id(), Math.max(0, offset), Math.max(1, limit));
    Map<Long, Set<Long>> ackers = store.ackers(rows.stream().map(NoticeRow::id).toList());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    List<NoticeStatus> statuses = new ArrayList<>();
    for (NoticeRow row : rows) {
      Set<Long> pupils = store.pupilsOf(row.id());
      int signed = signedFamilies(pupils, ackers.get(row.id()), guardians).size();
      statuses.add(new NoticeStatus(toNotice(row), signed, pupils.size()));
    }
    return statuses;
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public long countMyNotices() {
    return store.countByAuthor(currentUser.require().id());
  }

  /**
   * A notice as its author sees it: "X/Y", the families missing with their parents, who signed and
   * when, the replies, the reminders. For the author and the director of the notice's school.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public NoticeDetail detail(long noticeId) {
    Caller caller = currentUser.require();
    NoticeRow row = notice(caller, noticeId);
    if (!isAuthor(caller, row) && !directs(caller, row.schoolId())) {
      throw deny(caller, target(noticeId));
    }
    Set<Long> pupils = store.pupilsOf(noticeId);
    List<AckRow> acks = store.acks(noticeId);
    Set<Long> ackers = acks.stream().map(AckRow::parentId).collect(Collectors.toSet());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    Set<Long> signed = signedFamilies(pupils, ackers, guardians);
    Set<Long> missingIds = new HashSet<>(pupils);
    missingIds.removeAll(signed);
    Set<Long> named = new HashSet<>(pupils);
    guardians.values().forEach(named::addAll);
    acks.forEach(a -> named.add(a.parentId()));
    List<ReplyRow> replyRows = store.replies(noticeId);
    replyRows.forEach(r -> named.add(r.parentId()));
    Map<Long, PersonName> names =
        people.names(named).stream().collect(Collectors.toMap(PersonName::id, p -> p));
    Function<Long, PersonName> name = id -> names.getOrDefault(id, unknown(id));
    List<MissingFamily> missing =
        missingIds.stream()
            .map(
                p ->
                    new MissingFamily(
                        name.apply(p),
                        guardians.get(p).stream()
                            .map(name)
                            .sorted(Comparator.comparing(PersonName::full))
                            .toList()))
            .sorted(
                Comparator.comparing((MissingFamily m) -> m.child().lastName())
                    .thenComparing(m -> m.child().firstName()))
            .toList();
    List<Acknowledgement> acknowledgements =
        acks.stream()
            .map(
                a -> new Acknowledgement(name.apply(a.parentId()), name.apply(a.pupilId()), a.at()))
            .toList();
    List<Reply> replies =
        replyRows.stream()
            .map(
                r ->
                    new Reply(
                        r.id(),
                        r.noticeId(),
                        name.apply(r.parentId()),
                        name.apply(r.pupilId()),
                        r.body(),
                        r.at()))
            .toList();
    List<Reminder> reminders =
        store.reminders(noticeId).stream().map(r -> new Reminder(r.at(), r.families())).toList();
    return new NoticeDetail(
        toNotice(row),
        signed.size(),
        pupils.size(),
        missing,
        acknowledgements,
        replies,
        reminders,
        isAuthor(caller, row));
  }

  /**
   * Reminds the families that have not signed yet, and only them: {@link FamilyNews} for each
   * missing child's parents, and a recorded reminder. For the author only. Returns how many
   * families were reminded (none: nothing is recorded).
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public int remind(long noticeId) {
    Caller caller = currentUser.require();
    NoticeRow row = notice(caller, noticeId);
    if (!isAuthor(caller, row)) {
      throw deny(caller, target(noticeId));
    }
    Set<Long> pupils = store.pupilsOf(noticeId);
    Set<Long> ackers =
        store.acks(noticeId).stream().map(AckRow::parentId).collect(Collectors.toSet());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    Set<Long> signed = signedFamilies(pupils, ackers, guardians);
    List<Long> missing =
        pupils.stream()
            .filter(p -> !signed.contains(p) && !guardians.get(p).isEmpty())
            .sorted()
            .toList();
    if (missing.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    store.insertReminder(noticeId, caller.id(), now, missing);
    for (long pupil : missing) {
      events.publishEvent(
          new FamilyNews(
              pupil,
              guardians.get(pupil),
              KIND,
              "liaison.mail.reminder",
              List.of(row.title()),
              row.body(),
              FAMILY_ROUTE,
              now));
    }
    return missing.size();
  }

  // ---- parents ----

  /**
   * The notices for one of the caller's own children, newest first, with when the caller signed
   * each and their replies. Another family's child is refused and audited.
   */
  @PreAuthorize("hasRole('PARENT')")
  public List<ChildNotice> forChild(long childId) {
    Caller caller = currentUser.require();
    requireGuardian(caller, childId);
    List<NoticeRow> rows = store.forPupil(childId);
    Map<Long, Instant> acks = store.acksOf(caller.id(), rows.stream().map(NoticeRow::id).toList());
    Map<Long, List<Reply>> replies =
        store.repliesOf(caller.id(), childId).stream()
            .map(r -> toReply(caller, r))
            .collect(Collectors.groupingBy(Reply::noticeId));
    return rows.stream()
        .map(
            r ->
                new ChildNotice(
                    toNotice(r),
                    childId,
                    acks.get(r.id()),
                    replies.getOrDefault(r.id(), List.of())))
        .toList();
  }

  /** The notices for this child the caller has not signed yet, newest first. */
  @PreAuthorize("hasRole('PARENT')")
  public List<ChildNotice> awaiting(long childId) {
    return forChild(childId).stream().filter(n -> !n.acknowledged()).toList();
  }

  /**
   * What the caller last did in this child's liaison book: the notices they signed, latest
   * signature first (with their replies).
   */
  @PreAuthorize("hasRole('PARENT')")
  public List<ChildNotice> recentlySigned(long childId, int limit) {
    return forChild(childId).stream()
        .filter(ChildNotice::acknowledged)
        .sorted(Comparator.comparing(ChildNotice::acknowledgedAt).reversed())
        .limit(Math.max(1, limit))
        .toList();
  }

  /**
   * Signs a notice for one of the caller's children ("J’ai lu"). Signing again keeps the first
   * signature; returns the time of the one kept.
   */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public Instant acknowledge(long noticeId, long childId) {
    Caller caller = currentUser.require();
    requireRecipient(caller, noticeId, childId);
    store.acknowledge(noticeId, caller.id(), childId, clock.instant());
    return store.acksOf(caller.id(), List.of(noticeId)).get(noticeId);
  }

  /** Replies to a notice about one of the caller's children, when its author allowed replies. */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public Reply reply(long noticeId, long childId, String text) {
    Caller caller = currentUser.require();
    NoticeRow row = requireRecipient(caller, noticeId, childId);
    if (!row.repliesAllowed()) {
      throw deny(caller, target(noticeId));
    }
    String body = checked(text, MAX_REPLY, "liaison.error.replyEmpty");
    Instant now = clock.instant();
    long id = store.insertReply(noticeId, caller.id(), childId, body, now);
    return toReply(caller, new ReplyRow(id, noticeId, caller.id(), childId, body, now));
  }

  /** The caller's children (ids and names). */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(people.childrenOf(currentUser.require().id()));
  }

  // ---- rules ----

  /** The children whose family has signed: one of the child's parents acknowledged. */
  private Set<Long> signedFamilies(
      Set<Long> pupils, Set<Long> ackers, Map<Long, Set<Long>> guardians) {
    Set<Long> signed = new HashSet<>();
    for (long pupil : pupils) {
      Set<Long> parents = guardians.computeIfAbsent(pupil, people::guardiansOf);
      if (parents.stream().anyMatch(ackers::contains)) {
        signed.add(pupil);
      }
    }
    return signed;
  }

  private NoticeRow requireRecipient(Caller caller, long noticeId, long childId) {
    requireGuardian(caller, childId);
    NoticeRow row = notice(caller, noticeId);
    if (!store.isFor(noticeId, childId)) {
      throw deny(caller, target(noticeId));
    }
    return row;
  }

  private void requireGuardian(Caller caller, long childId) {
    if (!people.isGuardian(caller.id(), childId)) {
      throw deny(caller, "pupil:" + childId);
    }
  }

  private void requireAuthorFor(Caller caller, long classId) {
    boolean teaches =
        caller.has(Role.TEACHER) && memberships.teachersOf(classId).contains(caller.id());
    if (!teaches && !directs(caller, memberships.schoolOfClass(classId).orElse(-1L))) {
      throw deny(caller, "class:" + classId);
    }
  }

  private static boolean directs(Caller caller, long schoolId) {
    return caller.has(Role.DIRECTOR) && Objects.equals(caller.schoolId(), schoolId);
  }

  private static boolean isAuthor(Caller caller, NoticeRow row) {
    return Objects.equals(row.authorId(), caller.id());
  }

  private NoticeRow notice(Caller caller, long noticeId) {
    return store.find(noticeId).orElseThrow(() -> deny(caller, target(noticeId)));
  }

  private Notice toNotice(NoticeRow row) {
    String audience =
        row.classId() == null
            ? store.schoolName(row.schoolId()).orElse("")
            : memberships.classLabel(row.classId()).orElse("");
    String author =
        row.authorId() == null
            ? ""
            : people.names(List.of(row.authorId())).stream()
                .findFirst()
                .map(PersonName::full)
                .orElse("");
    return new Notice(
        row.id(),
        row.schoolId(),
        row.classId(),
        audience,
        row.title(),
        row.body(),
        row.repliesAllowed(),
        row.someFamilies(),
        author,
        row.createdAt());
  }

  private Reply toReply(Caller caller, ReplyRow r) {
    PersonName me = new PersonName(caller.id(), caller.firstName(), caller.lastName());
    PersonName child =
        people.names(List.of(r.pupilId())).stream().findFirst().orElse(unknown(r.pupilId()));
    return new Reply(r.id(), r.noticeId(), me, child, r.body(), r.at());
  }

  private static PersonName unknown(long id) {
    return new PersonName(id, "", "");
  }

  private static String target(long noticeId) {
    return "liaison-notice:" + noticeId;
  }

  private static String checked(String text, int max, String emptyKey) {
    String cleaned = text.strip();
    if (cleaned.isEmpty()) {
      throw new LiaisonException(emptyKey);
    }
    if (cleaned.length() > max) {
      throw new LiaisonException("liaison.error.tooLong", max);
    }
    return cleaned;
  }

  private ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }
}
