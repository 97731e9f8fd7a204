package fr.passerelle.app.filtering;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.filtering.internal.FilteringAccess;
import fr.passerelle.app.filtering.internal.FilteringRuntime;
import fr.passerelle.app.filtering.internal.FilteringStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.filtering.Policies;
import fr.passerelle.filtering.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filtering policies of the territory, schools and classes, the schools' networks, and the "test a
 * URL" tool. The administrator changes everything; a director or TICE referent their school and its
 * classes; a teacher tests URLs for their classes.
 */
@Service
@Transactional
public class FilteringPolicyService {

  private final FilteringStore store;
  private final FilteringRuntime runtime;
  private final FilteringAccess access;
  private final AuditLog audit;

  FilteringPolicyService(
      FilteringStore store, FilteringRuntime runtime, FilteringAccess access, AuditLog audit) {
    this.store = store;
    this.runtime = runtime;
    this.access = access;
    this.audit = audit;
  }

  /** The policy of a level; territory for all managers, a school or class within scope. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  @Transactional(readOnly = true)
  public PolicyView policy(PolicyScope scope) {
    Caller caller = access.caller();
    boolean editable = checkScope(caller, scope);
    return store
        .policyId(scope)
        .map(
            id ->
                new PolicyView(
                    scope,
                    store.whitelistOnly(id),
                    store.inheritAllows(id),
                    store.rules(id),
                    editable))
        .orElseGet(
            () ->
                new PolicyView(
                    scope,
                    scope.kind() == PolicyScope.Kind.TERRITORY ? Boolean.FALSE : null,
                    false,
                    List.of(),
                    editable));
  }

  /**
   * Replaces a level's policy; refused outside scope, bad categories and windows refused. {@code
   * inheritAllows} (take the allow rules of the levels above) is kept only on a school or class
   * that is whitelist-only: elsewhere it means nothing and is stored false.
   */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT')")
  public void save(
      PolicyScope scope,
      @Nullable Boolean whitelistOnly,
      boolean inheritAllows,
      List<RuleLine> rules) {
    Caller caller = access.caller();
    if (!checkScope(caller, scope)) {
      throw access.deny(caller, scope.engineName());
    }
    List<String> categories = runtime.categories();
    for (RuleLine r : rules) {
      if (!categories.contains(r.category())) {
        throw new FilteringException("filtering.error.category", r.category());
      }
      if (r.window() != null && !r.window().isBlank()) {
        try {
          TimeWindow.parse(r.window());
        } catch (RuntimeException e) {
          throw new FilteringException("filtering.error.window", r.window());
        }
      }
      if (r.locked() && scope.kind() != PolicyScope.Kind.TERRITORY) {
        throw new FilteringException("filtering.error.locked");
      }
    }
    List<RuleLine> clean =
        rules.stream()
            .map(
                r ->
                    new RuleLine(
                        r.action(),
                        r.category(),
                        r.window() == null || r.window().isBlank() ? null : r.window().strip(),
                        r.locked()))
            .toList();
    Boolean whitelist =
        scope.kind() == PolicyScope.Kind.TERRITORY && whitelistOnly == null
            ? Boolean.FALSE
            : whitelistOnly;
    boolean inherit =
        inheritAllows
            && Boolean.TRUE.equals(whitelist)
            && scope.kind() != PolicyScope.Kind.TERRITORY;
    store.savePolicy(scope, whitelist, inherit, clean);
    audit.record(
        AuditKind.FILTER_POLICY_CHANGED,
        caller.username(),
        null,
        scope.engineName(),
        "whitelist="
            + whitelist
            + (inherit ? " inherit-allow" : "")
            + "; "
            + clean.stream().map(RuleLine::toString).collect(Collectors.joining("; ")));
    runtime.policiesChanged();
  }

  /** Whether the caller may read the level (else refused) and may change it. */
  private boolean checkScope(Caller caller, PolicyScope scope) {
    return switch (scope.kind()) {
      case TERRITORY -> access.isAdmin(caller);
      case SCHOOL -> {
        access.requireSchool(caller, require(scope.schoolId()));
        yield true;
      }
      case CLASS -> {
        ClassSummary c = access.requireClass(caller, require(scope.classId()));
        if (c.schoolId() != require(scope.schoolId())
            || !access.managesSchool(caller, c.schoolId())) {
          throw access.deny(caller, scope.engineName());
        }
        yield true;
      }
    };
  }

  private static long require(@Nullable Long id) {
    if (id == null) {
      throw new IllegalArgumentException("A school or class level needs its id");
    }
    return id;
  }

  /**
   * The classes the caller may test URLs for and, for managers, set policies on: a teacher's
   * classes, a director's or TICE referent's school's classes (the administrator picks a school).
   */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional(readOnly = true)
  public List<ClassSummary> classesInScope() {
    Caller caller = access.caller();
    java.util.Map<Long, ClassSummary> found = new java.util.LinkedHashMap<>();
    for (ClassSummary c : access.taught(caller)) {
      found.put(c.id(), c);
    }
    for (ClassSummary c : access.ofManagedSchool(caller)) {
      found.putIfAbsent(c.id(), c);
    }
    return List.copyOf(found.values());
  }

  /** What may be named in a rule: {@code *}, the local lists and the lists' categories. */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional(readOnly = true)
  public List<String> categories() {
    return runtime.categories();
  }

  /**
   * What the engine decides for a URL now (or at a time), for a class or a school in the caller's
   * scope (the administrator may leave both empty: the territory), with the whole rule chain.
   */
  @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','TICE_REFERENT','TEACHER')")
  @Transactional(readOnly = true)
  public Explanation explain(
      String url, @Nullable Long schoolId, @Nullable Long classId, @Nullable Instant time) {
    Caller caller = access.caller();
    Long school = schoolId;
    if (classId != null) {
      ClassSummary c = access.requireClass(caller, classId);
      school = c.schoolId();
    } else if (school != null) {
      access.requireSchool(caller, school);
    } else if (access.ownManagedSchool(caller).isPresent()) {
      school = access.ownManagedSchool(caller).get();
    } else if (!access.isAdmin(caller)) {
      throw new FilteringException("filtering.error.scopeNeeded");
    }
    return runtime.explain(url, null, school, classId, time == null ? runtime.now() : time);
  }

  /** Declares a school's network (IPv4 CIDR), so the proxy's client address names the school. */
  @PreAuthorize("hasRole('ADMIN')")
  public void addNetwork(long schoolId, String cidr) {
    Caller caller = access.caller();
    try {
      Policies.Network.range(cidr);
    } catch (RuntimeException e) {
      throw new FilteringException("filtering.error.network", cidr);
    }
    store.addNetwork(schoolId, cidr.strip());
    audit.record(
        AuditKind.FILTER_POLICY_CHANGED,
        caller.username(),
        null,
        "school:" + schoolId,
        "network " + cidr);
    runtime.policiesChanged();
  }
}
