package fr.passerelle.app.reading;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.reading.internal.EasyReadRepository;
import fr.passerelle.app.reading.internal.EasyReadText;
import fr.passerelle.app.support.OffsetLimit;
import fr.passerelle.app.territory.ClassAccess;
import fr.passerelle.app.territory.ClassRoster;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Easy-to-read (FALC) versions of the texts of any feature.
 *
 * <ul>
 *   <li><b>Authors</b>: a teacher of the owner's class, or the director of its school.
 *   <li><b>Reviewers</b>: a teacher or the director of the same school who is not the author. The
 *       author never validates their own text, whatever their role.
 *   <li><b>Readers</b>: anyone who may see the class (its pupils, their parents, its staff) reads
 *       the latest validated version only; drafts, submitted and rejected versions are seen by the
 *       authors and reviewers of the school.
 * </ul>
 *
 * Validations and rejections are written to the audit log; refusals too (as access denied).
 */
@Service
@Transactional(readOnly = true)
public class EasyReadService {

  /** The longest easy-to-read text, in characters (an easy text is short). */
  public static final int MAX_TEXT = 4000;

  /** The longest review comment, in characters. */
  public static final int MAX_COMMENT = 1000;

  private final EasyReadRepository texts;
  private final ClassService classes;
  private final CurrentUser currentUser;
  private final People people;
  private final AuditLog audit;
  private final Scope scope;
  private final SchoolTime time;

  EasyReadService(
      EasyReadRepository texts,
      ClassService classes,
      CurrentUser currentUser,
      People people,
      AuditLog audit,
      Scope scope,
      SchoolTime time) {
    this.texts = texts;
    this.classes = classes;
    this.currentUser = currentUser;
    this.people = people;
    this.audit = audit;
    this.scope = scope;
    this.time = time;
  }

  /** Whether the caller may write an easy-to-read version of a text of this class. */
  @PreAuthorize("isAuthenticated()")
  public boolean mayAuthor(long classId) {
    Caller caller = currentUser.require();
    return mayAuthor(caller, classes.scope(classId).summary());
  }

  /** Starts a new version, as a draft of the caller. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public EasyReadVersion draft(EasyReadOwner owner, String text) {
    Caller caller = currentUser.require();
    ClassSummary summary = classes.scope(owner.classId()).summary();
    if (!mayAuthor(caller, summary)) {
      throw scope.deny(caller, owner.target());
    }
    EasyReadText saved =
        texts.save(
            new EasyReadText(
                owner.kind(),
                owner.id(),
                owner.classId(),
                summary.schoolId(),
                checkedText(text),
                caller.id(),
                time.now()));
    return toVersion(saved, names(Set.of(caller.id())));
  }

  /** Changes the text of the caller's own version; a submitted or rejected one becomes a draft. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public EasyReadVersion edit(long versionId, String text) {
    Caller caller = currentUser.require();
    EasyReadText version = own(caller, versionId);
    if (version.getStatus() == EasyReadStatus.VALIDATED) {
      throw new EasyReadException("reading.error.alreadyValidated");
    }
    version.edit(checkedText(text), time.now());
    return toVersion(version);
  }

  /** Sends the caller's draft (or rejected version) for review. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public EasyReadVersion submit(long versionId) {
    Caller caller = currentUser.require();
    EasyReadText version = own(caller, versionId);
    if (version.getStatus() != EasyReadStatus.DRAFT
        && version.getStatus() != EasyReadStatus.REJECTED) {
      throw new EasyReadException("reading.error.notDraft");
    }
    version.submit(time.now());
    return toVersion(version);
  }

  /** Validates a submitted version: pupils see it from now on. Audited. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public EasyReadVersion validate(long versionId, @Nullable String comment) {
    return review(versionId, EasyReadStatus.VALIDATED, comment);
  }

  /** Sends a submitted version back to its author with a comment saying why. Audited. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional
  public EasyReadVersion reject(long versionId, String comment) {
    if (comment.isBlank()) {
      throw new EasyReadException("reading.error.commentNeeded");
    }
    return review(versionId, EasyReadStatus.REJECTED, comment);
  }

  /**
   * The version pupils read: the latest validated one of this text, for anyone who may see the
   * class. Refused (and audited) for a class outside the caller's scope.
   */
  @PreAuthorize("isAuthenticated()")
  public Optional<EasyReadVersion> validated(EasyReadOwner owner) {
    ClassRoster roster = classes.scope(owner.classId());
    if (!roster.access().atLeast(ClassAccess.SUMMARY)) {
      throw scope.deny(currentUser.require(), owner.target());
    }
    return texts
        .findFirstByOwnerKindAndOwnerIdAndClassIdAndStatusOrderByReviewedAtDescIdDesc(
            owner.kind(), owner.id(), owner.classId(), EasyReadStatus.VALIDATED)
        .map(this::toVersion);
  }

  /** Every version of a text, newest first, for its authors and the reviewers of its school. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<EasyReadVersion> versions(EasyReadOwner owner) {
    Caller caller = currentUser.require();
    ClassSummary summary = classes.scope(owner.classId()).summary();
    if (!mayAuthor(caller, summary) && !sameSchoolStaff(caller, summary.schoolId())) {
      throw scope.deny(caller, owner.target());
    }
    return toVersions(
        texts.findByOwnerKindAndOwnerIdAndClassIdOrderByIdDesc(
            owner.kind(), owner.id(), owner.classId()));
  }

  /** One version, for its author and the reviewers of its school. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public EasyReadVersion get(long versionId) {
    Caller caller = currentUser.require();
    EasyReadText version = find(caller, versionId);
    if (version.getAuthorId() != caller.id() && !sameSchoolStaff(caller, version.getSchoolId())) {
      throw scope.deny(caller, "easy-read:" + versionId);
    }
    return toVersion(version);
  }

  /** Versions waiting for the caller's review: submitted in their school by someone else. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<EasyReadVersion> toReview(int offset, int limit) {
    Caller caller = currentUser.require();
    if (caller.schoolId() == null) {
      return List.of();
    }
    return toVersions(
        texts.findBySchoolIdAndStatusAndAuthorIdNotOrderByUpdatedAtAscIdAsc(
            caller.schoolId(),
            EasyReadStatus.SUBMITTED,
            caller.id(),
            new OffsetLimit(offset, Math.max(1, limit), Sort.unsorted())));
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public long countToReview() {
    Caller caller = currentUser.require();
    if (caller.schoolId() == null) {
      return 0;
    }
    return texts.countBySchoolIdAndStatusAndAuthorIdNot(
        caller.schoolId(), EasyReadStatus.SUBMITTED, caller.id());
  }

  /** The caller's own versions, last changed first. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<EasyReadVersion> mine(int offset, int limit) {
    Caller caller = currentUser.require();
    return toVersions(
        texts.findByAuthorIdOrderByUpdatedAtDescIdDesc(
            caller.id(), new OffsetLimit(offset, Math.max(1, limit), Sort.unsorted())));
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public long countMine() {
    return texts.countByAuthorId(currentUser.require().id());
  }

  private EasyReadVersion review(long versionId, EasyReadStatus outcome, @Nullable String comment) {
    Caller caller = currentUser.require();
    EasyReadText version = find(caller, versionId);
    if (!sameSchoolStaff(caller, version.getSchoolId())) {
      throw scope.deny(caller, "easy-read:" + versionId);
    }
    if (version.getAuthorId() == caller.id()) {
      // Audited as a refusal; the author reads why in their language.
      scope.deny(caller, "easy-read:" + versionId, "author reviewing own text");
      throw new EasyReadException("reading.error.ownText");
    }
    if (version.getStatus() != EasyReadStatus.SUBMITTED) {
      throw new EasyReadException("reading.error.notSubmitted");
    }
    String cleaned = comment == null || comment.isBlank() ? null : comment.strip();
    if (cleaned != null && cleaned.length() > MAX_COMMENT) {
      throw new EasyReadException("reading.error.commentTooLong");
    }
    version.review(outcome, caller.id(), cleaned, time.now());
    audit.record(
        outcome == EasyReadStatus.VALIDATED
            ? AuditKind.EASY_READ_VALIDATED
            : AuditKind.EASY_READ_REJECTED,
        caller.username(),
        null,
        "easy-read:" + versionId,
        version.getOwnerKind() + ":" + version.getOwnerId());
    return toVersion(version);
  }

  private EasyReadText own(Caller caller, long versionId) {
    EasyReadText version = find(caller, versionId);
    if (version.getAuthorId() != caller.id()) {
      throw scope.deny(caller, "easy-read:" + versionId);
    }
    return version;
  }

  private EasyReadText find(Caller caller, long versionId) {
    return texts
        .findById(versionId)
        .orElseThrow(() -> scope.deny(caller, "easy-read:" + versionId));
  }

  /** Authors: a teacher of the class or the director of its school. */
  private boolean mayAuthor(Caller caller, ClassSummary summary) {
    return scope.teachesOrDirects(caller, summary.id());
  }

  /** Reviewers: the director or a teacher of the school (the author excepted, checked apart). */
  private boolean sameSchoolStaff(Caller caller, long schoolId) {
    return scope.directs(caller, schoolId)
        || caller.has(Role.TEACHER) && Objects.equals(caller.schoolId(), schoolId);
  }

  private static String checkedText(String text) {
    String cleaned = text.strip();
    if (cleaned.isEmpty()) {
      throw new EasyReadException("reading.error.empty");
    }
    if (cleaned.length() > MAX_TEXT) {
      throw new EasyReadException("reading.error.tooLong");
    }
    return cleaned;
  }

  private Map<Long, String> names(Set<Long> ids) {
    return people.names(ids).stream()
        .collect(Collectors.toMap(PersonName::id, PersonName::full, (a, b) -> a));
  }

  private EasyReadVersion toVersion(EasyReadText t) {
    return toVersions(List.of(t)).getFirst();
  }

  private List<EasyReadVersion> toVersions(List<EasyReadText> list) {
    Set<Long> ids = new HashSet<>();
    for (EasyReadText t : list) {
      ids.add(t.getAuthorId());
      if (t.getReviewerId() != null) {
        ids.add(t.getReviewerId());
      }
    }
    Map<Long, String> names = ids.isEmpty() ? Map.of() : names(ids);
    return list.stream().map(t -> toVersion(t, names)).toList();
  }

  private static EasyReadVersion toVersion(EasyReadText t, Map<Long, String> names) {
    Function<@Nullable Long, @Nullable String> name = id -> id == null ? null : names.get(id);
    return new EasyReadVersion(
        t.getId(),
        new EasyReadOwner(t.getOwnerKind(), t.getOwnerId(), t.getClassId()),
        t.getBody(),
        t.getStatus(),
        t.getAuthorId(),
        names.getOrDefault(t.getAuthorId(), ""),
        t.getCreatedAt(),
        t.getUpdatedAt(),
        name.apply(t.getReviewerId()),
        t.getReviewedAt(),
        t.getReviewComment());
  }
}
