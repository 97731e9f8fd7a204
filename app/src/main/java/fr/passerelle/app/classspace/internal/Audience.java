package fr.passerelle.app.classspace.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees and who writes the class space's things, asked of {@link Scope}. A class's resources and
 * news are read by its pupils, their parents, its teachers and the school's director; resources are
 * written by the class's teachers only; class news by its teachers and the director; school-wide
 * news by the director only, and read by everyone of the school (its pupils, their parents, its
 * teachers). Nobody else: not the technician, the town hall or the TICE referent as such (narrower
 * than {@link Scope#visibleClasses}, which lets them see a class's roster).
 */
@Component
public class Audience {

  private final Scope scope;
  private final Memberships memberships;

  Audience(Scope scope, Memberships memberships) {
    this.scope = scope;
    this.memberships = memberships;
  }

  /** Whether the caller may see this class's resources and news. */
  public boolean reads(Caller caller, long classId) {
    return readableClasses(caller).contains(classId) || scope.teachesOrDirects(caller, classId);
  }

  /** Whether the caller teaches the class (writes its resources and news). */
  public boolean teaches(Caller caller, long classId) {
    return scope.teaches(caller, classId);
  }

  /** Whether the caller may write news to this class: its teacher or its school's director. */
  public boolean writesNewsTo(Caller caller, long classId) {
    return scope.teachesOrDirects(caller, classId);
  }

  /** The classes whose things the caller sees (a director: every class of their school). */
  public Set<Long> readableClasses(Caller caller) {
    Set<Long> classes = new HashSet<>(scope.classesTaught(caller));
    if (caller.has(Role.PUPIL)) {
      memberships.classOfPupil(caller.id()).ifPresent(classes::add);
    }
    for (long child : scope.children(caller)) {
      memberships.classOfPupil(child).ifPresent(classes::add);
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

  /** The school whose whole news the caller writes: the school they direct, if any. */
  public Optional<Long> schoolDirected(Caller caller) {
    return Optional.ofNullable(caller.schoolId()).filter(s -> scope.directs(caller, s));
  }

  public Optional<Long> schoolOf(long classId) {
    return memberships.schoolOfClass(classId);
  }

  public Optional<String> classLabel(long classId) {
    return memberships.classLabel(classId);
  }

  /** Records the refusal (through {@link Scope}) and returns it to throw. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target);
  }
}
