package fr.passerelle.app.classspace.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees and who writes the class space's things. A class's resources and news are read by its
 * pupils, their parents, its teachers and the school's director; resources are written by the
 * class's teachers only; class news by its teachers and the director; school-wide news by the
 * director only, and read by everyone of the school (its pupils, their parents, its teachers).
 * Nobody else: not the technician, the town hall or the TICE referent as such.
 */
@Component
public class Audience {

  private final Memberships memberships;
  private final People people;
  private final AuditLog audit;

  Audience(Memberships memberships, People people, AuditLog audit) {
    this.memberships = memberships;
    this.people = people;
    this.audit = audit;
  }

  /** Whether the caller may see this class's resources and news. */
  public boolean reads(Caller caller, long classId) {
    return readableClasses(caller).contains(classId)
        || directs(caller, memberships.schoolOfClass(classId).orElse(-1L));
  }

  /** Whether the caller teaches the class (writes its resources and news). */
  public boolean teaches(Caller caller, long classId) {
    return caller.has(Role.TEACHER) && memberships.teachersOf(classId).contains(caller.id());
  }

  /** Whether the caller directs this school (writes its news, to a class or to all). */
  public boolean directs(Caller caller, long schoolId) {
    return caller.has(Role.DIRECTOR) && Objects.equals(caller.schoolId(), schoolId);
  }

  /** The classes whose things the caller sees (a director: every class of their school). */
  public Set<Long> readableClasses(Caller caller) {
    Set<Long> classes = new HashSet<>();
    if (caller.has(Role.PUPIL)) {
      memberships.classOfPupil(caller.id()).ifPresent(classes::add);
    }
    if (caller.has(Role.PARENT)) {
      for (long child : people.childrenOf(caller.id())) {
        memberships.classOfPupil(child).ifPresent(classes::add);
      }
    }
    if (caller.has(Role.TEACHER)) {
      classes.addAll(memberships.classesTaughtBy(caller.id()));
    }
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      classes.addAll(memberships.classesOfSchool(caller.schoolId()));
    }
    return classes;
  }

  /** The schools whose school-wide news the caller reads. */
  public Set<Long> readableSchools(Caller caller) {
    Set<Long> schools = new HashSet<>();
    for (long classId : readableClasses(caller)) {
      memberships.schoolOfClass(classId).ifPresent(schools::add);
    }
    if ((caller.has(Role.TEACHER) || caller.has(Role.DIRECTOR)) && caller.schoolId() != null) {
      schools.add(caller.schoolId());
    }
    return schools;
  }

  public Optional<Long> schoolOf(long classId) {
    return memberships.schoolOfClass(classId);
  }

  public Optional<String> classLabel(long classId) {
    return memberships.classLabel(classId);
  }

  /** Records the refusal and returns it to throw. */
  public ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }
}
