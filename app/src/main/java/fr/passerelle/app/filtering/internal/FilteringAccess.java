package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may do what with filtering: the administrator everything; a director or TICE referent their
 * school and its classes; a teacher their own classes. Refusals are audited before they are thrown.
 */
@Component
public class FilteringAccess {

  private final ClassService classes;
  private final AuditLog audit;

  FilteringAccess(ClassService classes, AuditLog audit) {
    this.classes = classes;
    this.audit = audit;
  }

  public boolean managesSchool(Caller caller, long schoolId) {
    return caller.has(Role.ADMIN)
        || (Objects.equals(caller.schoolId(), schoolId)
            && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT)));
  }

  /** The school a caller manages, refused otherwise. */
  public void requireSchool(Caller caller, long schoolId) {
    if (!managesSchool(caller, schoolId)) {
      throw deny(caller, "school:" + schoolId);
    }
  }

  /** A class the caller teaches, or of the school they manage, or any for the administrator. */
  public Optional<ClassSummary> classFor(Caller caller, long classId) {
    if (caller.has(Role.TEACHER)) {
      Optional<ClassSummary> mine =
          classes.myClasses().stream().filter(c -> c.id() == classId).findFirst();
      if (mine.isPresent()) {
        return mine;
      }
    }
    if (caller.schoolId() != null
        && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))) {
      Optional<ClassSummary> ofSchool =
          classes.ofSchool(caller.schoolId()).stream().filter(c -> c.id() == classId).findFirst();
      if (ofSchool.isPresent()) {
        return ofSchool;
      }
    }
    if (caller.has(Role.ADMIN)) {
      try {
        return Optional.of(classes.roster(classId).summary());
      } catch (ScopeDeniedException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
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
    if (caller.schoolId() != null
        && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))) {
      return classes.ofSchool(caller.schoolId());
    }
    return List.of();
  }

  public ScopeDeniedException deny(Caller caller, String target) {
    audit.record(
        AuditKind.ACCESS_DENIED, caller.username(), null, target, "filtering: outside scope");
    return new ScopeDeniedException(target);
  }
}
