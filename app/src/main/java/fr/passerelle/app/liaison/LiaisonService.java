package fr.passerelle.app.liaison;

import fr.passerelle.app.family.FamilyNews;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.liaison.internal.LiaisonStore;
import fr.passerelle.app.liaison.internal.LiaisonStore.AckRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.NoticeRow;
import fr.passerelle.app.liaison.internal.LiaisonStore.ReplyRow;
import fr.passerelle.app.liaison.internal.NoticeRecords;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 *   <li>Every refusal is audited as {@code ACCESS_DENIED} ({@link Scope}).
 * </ul>
 *
 * Posting and reminding publish {@link FamilyNews} (kind {@value #KIND}) for each child's parents;
 * posting, signing, replying and reminding tell the open pages ({@link LiaisonSignals}).
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
  private final NoticeRecords records;
  private final Memberships memberships;
  private final People people;
  private final Scope scope;
  private final ApplicationEventPublisher events;
  private final LiveSignals live;
  private final SchoolTime time;

  LiaisonService(
      LiaisonStore store,
      NoticeRecords records,
      Memberships memberships,
      People people,
      Scope scope,
      ApplicationEventPublisher events,
      LiveSignals live,
      SchoolTime time) {
    this.store = store;
    this.records = records;
    this.memberships = memberships;
    this.people = people;
    this.scope = scope;
    this.events = events;
    this.live = live;
    this.time = time;
  }

  // ---- authors ----

  /** Where the caller may post: the whole school first (directors), then classes by name. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<LiaisonAudience> audiences() {
    Caller caller = scope.caller();
    Set<Long> classes = new LinkedHashSet<>(scope.classesTaught(caller));
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
    Caller caller = scope.caller();
    scope.requireTeachesOrDirects(caller, classId);
    return people.names(memberships.pupilsOf(classId));
  }

  /**
   * Posts a notice. Refused (and audited) outside the caller's classes or school, or for a pupil
   * outside the class; refused with a reason when the title or text is empty or too long.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public Notice post(NoticeDraft draft) {
    Caller caller = scope.caller();
    long schoolId;
    Set<Long> pupils;
    if (draft.classId() == null) {
      if (caller.schoolId() == null || !scope.directs(caller, caller.schoolId())) {
        throw scope.deny(caller, "liaison-school");
      }
      if (!draft.pupilIds().isEmpty()) {
        throw new LiaisonException("liaison.error.chooseClass");
      }
      schoolId = caller.schoolId();
      pupils = memberships.pupilsOf(memberships.classesOfSchool(schoolId));
    } else {
      long classId = draft.classId();
      scope.requireTeachesOrDirects(caller, classId);
      schoolId = memberships.schoolOfClass(classId).orElseThrow();
      Set<Long> classPupils = memberships.pupilsOf(classId);
      if (!classPupils.containsAll(draft.pupilIds())) {
        throw scope.deny(caller, "class:" + classId);
      }
      pupils = draft.pupilIds().isEmpty() ? classPupils : draft.pupilIds();
    }
    String title = checked(draft.title(), MAX_TITLE, "liaison.error.titleEmpty");
    String text = checked(draft.text(), MAX_TEXT, "liaison.error.textEmpty");
    if (pupils.isEmpty()) {
      throw new LiaisonException("liaison.error.nobody");
    }
    Instant now = time.now();
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
    live.publish(
        LiaisonSignals.audienceTopic(schoolId, draft.classId()), LiaisonSignals.POSTED, id);
    return records.notice(store.find(id).orElseThrow());
  }

  /** The caller's notices, newest first, with how many families have signed each. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<NoticeStatus> myNotices(int offset, int limit) {
    Caller caller = scope.caller();
    List<NoticeRow> rows = store.byAuthor(caller.id(), Math.max(0, offset), Math.max(1, limit));
    Map<Long, Set<Long>> ackers = store.ackers(rows.stream().map(NoticeRow::id).toList());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    List<NoticeStatus> statuses = new ArrayList<>();
    for (NoticeRow row : rows) {
      Set<Long> pupils = store.pupilsOf(row.id());
      int signed = records.signedFamilies(pupils, ackers.get(row.id()), guardians).size();
      statuses.add(new NoticeStatus(records.notice(row), signed, pupils.size()));
    }
    return statuses;
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public long countMyNotices() {
    return store.countByAuthor(scope.caller().id());
  }

  /** The topic on which the signatures and replies to the caller's notices are told. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public String myNoticesTopic() {
    return LiaisonSignals.authorTopic(scope.caller().id());
  }

  /**
   * A notice as its author sees it: "X/Y", the families missing with their parents, who signed and
   * when, the replies, the reminders. For the author and the director of the notice's school.
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public NoticeDetail detail(long noticeId) {
    Caller caller = scope.caller();
    NoticeRow row = notice(caller, noticeId);
    scope.require(
        isAuthor(caller, row) || scope.directs(caller, row.schoolId()), caller, target(noticeId));
    return records.detail(row, isAuthor(caller, row));
  }

  /**
   * Reminds the families that have not signed yet, and only them: {@link FamilyNews} for each
   * missing child's parents, and a recorded reminder. For the author only. Returns how many
   * families were reminded (none: nothing is recorded).
   */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public int remind(long noticeId) {
    Caller caller = scope.caller();
    NoticeRow row = notice(caller, noticeId);
    scope.require(isAuthor(caller, row), caller, target(noticeId));
    Set<Long> pupils = store.pupilsOf(noticeId);
    Set<Long> ackers =
        store.acks(noticeId).stream().map(AckRow::parentId).collect(Collectors.toSet());
    Map<Long, Set<Long>> guardians = new HashMap<>();
    Set<Long> signed = records.signedFamilies(pupils, ackers, guardians);
    List<Long> missing =
        pupils.stream()
            .filter(p -> !signed.contains(p) && !guardians.get(p).isEmpty())
            .sorted()
            .toList();
    if (missing.isEmpty()) {
      return 0;
    }
    Instant now = time.now();
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
    live.publish(LiaisonSignals.noticeTopic(noticeId), LiaisonSignals.REMINDED, noticeId);
    return missing.size();
  }

  // ---- parents ----

  /**
   * The notices for one of the caller's own children, newest first, with when the caller signed
   * each and their replies. Another family's child is refused and audited.
   */
  @PreAuthorize("hasRole('PARENT')")
  public List<ChildNotice> forChild(long childId) {
    Caller caller = scope.caller();
    scope.requireGuardianOf(caller, childId);
    List<NoticeRow> rows = store.forPupil(childId);
    Map<Long, Instant> acks = store.acksOf(caller.id(), rows.stream().map(NoticeRow::id).toList());
    Map<Long, List<Reply>> replies =
        store.repliesOf(caller.id(), childId).stream()
            .map(r -> records.reply(caller, r))
            .collect(Collectors.groupingBy(Reply::noticeId));
    return rows.stream()
        .map(
            r ->
                new ChildNotice(
                    records.notice(r),
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
    Caller caller = scope.caller();
    NoticeRow row = requireRecipient(caller, noticeId, childId);
    if (store.acknowledge(noticeId, caller.id(), childId, time.now())) {
      tellAuthor(row, LiaisonSignals.SIGNED);
    }
    return store.acksOf(caller.id(), List.of(noticeId)).get(noticeId);
  }

  /** Replies to a notice about one of the caller's children, when its author allowed replies. */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public Reply reply(long noticeId, long childId, String text) {
    Caller caller = scope.caller();
    NoticeRow row = requireRecipient(caller, noticeId, childId);
    scope.require(row.repliesAllowed(), caller, target(noticeId));
    String body = checked(text, MAX_REPLY, "liaison.error.replyEmpty");
    Instant now = time.now();
    long id = store.insertReply(noticeId, caller.id(), childId, body, now);
    tellAuthor(row, LiaisonSignals.REPLIED);
    return records.reply(caller, new ReplyRow(id, noticeId, caller.id(), childId, body, now));
  }

  /** The caller's children (ids and names). */
  @PreAuthorize("hasRole('PARENT')")
  public List<PersonName> myChildren() {
    return people.names(scope.children(scope.caller()));
  }

  /**
   * The topics on which notices for one of the caller's children are posted: the child's class and
   * school. Another family's child is refused and audited.
   */
  @PreAuthorize("hasRole('PARENT')")
  public List<String> topicsForChild(long childId) {
    scope.requireGuardianOf(scope.caller(), childId);
    List<String> topics = new ArrayList<>();
    memberships
        .classOfPupil(childId)
        .ifPresent(
            c -> {
              topics.add(LiaisonSignals.classTopic(c));
              memberships
                  .schoolOfClass(c)
                  .ifPresent(school -> topics.add(LiaisonSignals.schoolTopic(school)));
            });
    return topics;
  }

  // ---- rules ----

  private NoticeRow requireRecipient(Caller caller, long noticeId, long childId) {
    scope.requireGuardianOf(caller, childId);
    NoticeRow row = notice(caller, noticeId);
    scope.require(store.isFor(noticeId, childId), caller, target(noticeId));
    return row;
  }

  /** A family signed or replied: the author's "X/Y" and the notice's detail follow. */
  private void tellAuthor(NoticeRow row, String kind) {
    if (row.authorId() != null) {
      live.publish(LiaisonSignals.authorTopic(row.authorId()), kind, row.id());
    }
    live.publish(LiaisonSignals.noticeTopic(row.id()), kind, row.id());
  }

  private static boolean isAuthor(Caller caller, NoticeRow row) {
    return Objects.equals(row.authorId(), caller.id());
  }

  private NoticeRow notice(Caller caller, long noticeId) {
    return store.find(noticeId).orElseThrow(() -> scope.deny(caller, target(noticeId)));
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
}
