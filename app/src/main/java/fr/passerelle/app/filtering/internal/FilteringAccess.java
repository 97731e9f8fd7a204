package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what with filtering, composed of the scope authority's questions ({@link Scope}): the
 * administrator everything; a director or TICE referent their school and its classes; a teacher
 * their own classes. Refusals are audited and thrown by {@link Scope#deny}.
 */
@Component
public class FilteringAccess {

  private static final String REASON = "filtering: outside scope";

  private final Scope scope;
  private final Memberships memberships;
  private final ClassService classes;

  FilteringAccess(Scope scope, Memberships memberships, ClassService classes) {
    this.scope = scope;
    this.memberships = memberships;
    this.classes = classes;
  }

  /** The caller as their account is now. */
  public Caller caller() {
    return scope.caller();
  }

  public boolean isAdmin(Caller caller) {
    return scope.isAdmin(caller);
  }

  public boolean managesSchool(Caller caller, long schoolId) {
    return scope.isAdmin(caller) || scope.isSchoolStaff(caller, schoolId);
  }

  /** The school the caller's account belongs to, when they manage it (director, TICE referent). */
  public Optional<Long> ownManagedSchool(Caller caller) {
    Long own = caller.schoolId();
    return own != null && scope.isSchoolStaff(caller, own) ? Optional.of(own) : Optional.empty();
  }

  /** Who decides on a school's unblock requests: the administrator, the school's TICE referent. */
  public boolean decidesFor(Caller caller, long schoolId) {
    return scope.isAdmin(caller) || scope.isReferentOf(caller, schoolId);
  }

  /** Whether the caller decides on unblock requests (of their own school, or all). */
  public boolean decides(Caller caller) {
    return scope.isAdmin(caller)
        || caller.schoolId() != null && scope.isReferentOf(caller, caller.schoolId());
  }

  /** The school a caller manages, refused otherwise. */
  public void requireSchool(Caller caller, long schoolId) {
    if (!managesSchool(caller, schoolId)) {
      throw deny(caller, "school:" + schoolId);
    }
  }

  /** A class the caller teaches, or of the school they manage, or any for the administrator. */
  public Optional<ClassSummary> classFor(Caller caller, long classId) {
    Optional<Long> school = memberships.schoolOfClass(classId);
    if (school.isEmpty()) {
      return Optional.empty();
    }
    boolean allowed =
        scope.isAdmin(caller)
            || scope.teaches(caller, classId)
            || scope.isSchoolStaff(caller, school.get());
    return allowed ? Optional.of(classes.scope(classId).summary()) : Optional.empty();
  }

  /** A class the caller may act on for filtering, refused (and audited) otherwise. */
  public ClassSummary requireClass(Caller caller, long classId) {
    return classFor(caller, classId).orElseThrow(() -> deny(caller, "class:" + classId));
  }

  /** The classes a teacher teaches. */
  public List<ClassSummary> taught(Caller caller) {
    return caller.has(Role.TEACHER) ? classes.myClasses() : List.of();
  }

  /** The classes of the school a director or TICE referent manages. */
  public List<ClassSummary> ofManagedSchool(Caller caller) {
    return ownManagedSchool(caller).map(classes::ofSchool).orElse(List.of());
  }

  /** Audits the refusal (through the scope authority) and returns it, to be thrown. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target, REASON);
  }
}
