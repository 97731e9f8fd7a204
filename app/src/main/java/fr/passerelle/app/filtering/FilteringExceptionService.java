package fr.passerelle.app.filtering;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.filtering.ExceptionRequest.Status;
import fr.passerelle.app.filtering.internal.FilteringAccess;
import fr.passerelle.app.filtering.internal.FilteringRuntime;
import fr.passerelle.app.filtering.internal.FilteringStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.filtering.Hosts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers ask to unblock a site for one of their classes, with a reason; the school's TICE
 * referent or the administrator approves it until a date, refuses or revokes it. Every step is in
 * the audit log; an approval takes effect as soon as it commits.
 */
@Service
@Transactional
public class FilteringExceptionService {

  static final Duration LONGEST = Duration.ofDays(366);

  private final FilteringStore store;
  private final FilteringRuntime runtime;
  private final FilteringAccess access;
  private final AuditLog audit;

  FilteringExceptionService(
      FilteringStore store, FilteringRuntime runtime, FilteringAccess access, AuditLog audit) {
    this.store = store;
    this.runtime = runtime;
    this.access = access;
    this.audit = audit;
  }

  /** A teacher asks for a site (its domain and subdomains) for one of their classes. */
  @PreAuthorize("hasRole('TEACHER')")
  public ExceptionRequest request(long classId, String site, String reason) {
    Caller caller = access.caller();
    ClassSummary c =
        access.taught(caller).stream()
            .filter(x -> x.id() == classId)
            .findFirst()
            .orElseThrow(() -> access.deny(caller, "class:" + classId));
    String domain = Hosts.hostOf(site.strip());
    if (site.isBlank() || domain == null) {
      throw new FilteringException("filtering.error.url");
    }
    if (reason.isBlank()) {
      throw new FilteringException("filtering.error.reason");
    }
    long id =
        store.addException(
            c.id(), c.schoolId(), domain, reason.strip(), caller.username(), runtime.now());
    audit.record(
        AuditKind.FILTER_UNBLOCK_REQUESTED, caller.username(), null, "class:" + classId, domain);
    return store.exception(id).orElseThrow();
  }

  /**
   * Requests the caller may see, pending first: all for the administrator, their school's for a
   * director or TICE referent, their classes' for a teacher.
   */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional(readOnly = true)
  public List<ExceptionRequest> list(int offset, int limit) {
    Caller caller = access.caller();
    int l = Math.max(1, limit);
    if (access.isAdmin(caller)) {
      return store.exceptions(null, null, offset, l);
    }
    var school = access.ownManagedSchool(caller);
    if (school.isPresent()) {
      return store.exceptions(List.of(school.get()), null, offset, l);
    }
    List<Long> mine = access.taught(caller).stream().map(ClassSummary::id).toList();
    return store.exceptions(null, mine, offset, l);
  }

  /** The classes the caller may ask for: a teacher's own, none for others. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ClassSummary> requestableClasses() {
    return access.taught(access.caller());
  }

  /** Whether the caller may decide on requests (TICE referent of a school, administrator). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean canDecide() {
    Caller caller = access.caller();
    return access.decides(caller);
  }

  @PreAuthorize("hasAnyRole('ADMIN','TICE_REFERENT')")
  public ExceptionRequest approve(long id, Instant expires) {
    Caller caller = access.caller();
    ExceptionRequest x = decidable(caller, id, Status.REQUESTED);
    Instant now = runtime.now();
    if (!expires.isAfter(now) || expires.isAfter(now.plus(LONGEST))) {
      throw new FilteringException("filtering.error.expiry");
    }
    store.decide(id, Status.APPROVED, caller.username(), now, expires, null);
    audit.record(
        AuditKind.FILTER_UNBLOCK_APPROVED,
        caller.username(),
        null,
        "exception:" + id,
        x.domain() + " for class:" + x.classId() + " until " + expires);
    runtime.policiesChanged();
    return store.exception(id).orElseThrow();
  }

  @PreAuthorize("hasAnyRole('ADMIN','TICE_REFERENT')")
  public ExceptionRequest refuse(long id, @Nullable String note) {
    Caller caller = access.caller();
    ExceptionRequest x = decidable(caller, id, Status.REQUESTED);
    store.decide(id, Status.REFUSED, caller.username(), runtime.now(), null, note);
    audit.record(
        AuditKind.FILTER_UNBLOCK_REFUSED, caller.username(), null, "exception:" + id, x.domain());
    return store.exception(id).orElseThrow();
  }

  @PreAuthorize("hasAnyRole('ADMIN','TICE_REFERENT')")
  public ExceptionRequest revoke(long id) {
    Caller caller = access.caller();
    ExceptionRequest x = decidable(caller, id, Status.APPROVED);
    store.decide(id, Status.REVOKED, caller.username(), runtime.now(), x.expiresAt(), null);
    audit.record(
        AuditKind.FILTER_UNBLOCK_REVOKED, caller.username(), null, "exception:" + id, x.domain());
    runtime.policiesChanged();
    return store.exception(id).orElseThrow();
  }

  private ExceptionRequest decidable(Caller caller, long id, Status expected) {
    ExceptionRequest x =
        store.exception(id).orElseThrow(() -> access.deny(caller, "exception:" + id));
    if (!access.decidesFor(caller, x.schoolId())) {
      throw access.deny(caller, "exception:" + id);
    }
    if (!access.isAdmin(caller) && x.requestedBy().equals(caller.username())) {
      throw new FilteringException("filtering.error.ownRequest");
    }
    if (x.status() != expected) {
      throw new FilteringException("filtering.error.status");
    }
    return x;
  }
}
