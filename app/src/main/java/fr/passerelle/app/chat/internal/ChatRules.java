package fr.passerelle.app.chat.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Directory;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may start a private conversation with whom (issue 6, modelled on the primary-school ENTs):
 *
 * <ul>
 *   <li>a pupil: the teachers of their class; their classmates only when the class's teacher allows
 *       it;
 *   <li>a parent: the teachers of their children's classes and the directors of their schools;
 *   <li>a teacher: the pupils of their classes, those pupils' parents, the staff of their school;
 *   <li>a TICE referent: the staff of their school;
 *   <li>a director: the staff of their school and the parents of its pupils;
 *   <li>town-hall staff: the directors and teachers of their commune's schools;
 *   <li>a technician: the directors, teachers and TICE referents of every school (they serve the
 *       whole park);
 *   <li>an administrator: directors, town-hall staff and technicians.
 * </ul>
 *
 * Once a conversation exists, both people may answer in it. What the caller's own links are (their
 * children, the classes they teach) comes from the territory's {@link Scope}.
 */
@Component
public class ChatRules {

  private static final Set<Role> STAFF =
      EnumSet.of(Role.TEACHER, Role.DIRECTOR, Role.TICE_REFERENT);

  private final Directory directory;
  private final Memberships memberships;
  private final People people;
  private final ChatStore store;
  private final Scope scope;

  ChatRules(
      Directory directory, Memberships memberships, People people, ChatStore store, Scope scope) {
    this.directory = directory;
    this.memberships = memberships;
    this.people = people;
    this.store = store;
    this.scope = scope;
  }

  public boolean mayStart(Caller from, long to) {
    if (from.id() == to) {
      return false;
    }
    Set<Role> toRoles = directory.rolesOf(to);
    if (toRoles.isEmpty()) {
      return false;
    }
    for (Role role : from.roles()) {
      if (allowed(role, from, to, toRoles)) {
        return true;
      }
    }
    return false;
  }

  private boolean allowed(Role role, Caller from, long to, Set<Role> toRoles) {
    return switch (role) {
      case PUPIL -> pupil(from.id(), to);
      case PARENT -> parent(from, to);
      case TEACHER -> teacher(from, to, toRoles);
      case TICE_REFERENT -> colleague(from, to);
      case DIRECTOR -> colleague(from, to) || parentInSchool(from, to, toRoles);
      case TOWN_HALL ->
          from.communeId() != null
              && isStaff(toRoles)
              && directory
                  .schoolOf(to)
                  .map(s -> memberships.schoolsOfCommune(from.communeId()).contains(s))
                  .orElse(false);
      case TECHNICIAN -> isStaff(toRoles) && directory.schoolOf(to).isPresent();
      case ADMIN ->
          toRoles.contains(Role.DIRECTOR)
              || toRoles.contains(Role.TOWN_HALL)
              || toRoles.contains(Role.TECHNICIAN);
    };
  }

  private boolean pupil(long pupilId, long to) {
    Optional<Long> schoolClass = memberships.classOfPupil(pupilId);
    if (schoolClass.isEmpty()) {
      return false;
    }
    long classId = schoolClass.get();
    if (memberships.teachersOf(classId).contains(to)) {
      return true;
    }
    return memberships.pupilsOf(classId).contains(to)
        && store.classRoom(classId).map(ChatStore.Room::classmatesMayWrite).orElse(false);
  }

  private boolean parent(Caller from, long to) {
    for (long child : scope.children(from)) {
      Optional<Long> schoolClass = memberships.classOfPupil(child);
      if (schoolClass.isEmpty()) {
        continue;
      }
      if (memberships.teachersOf(schoolClass.get()).contains(to)) {
        return true;
      }
      Optional<Long> school = memberships.schoolOfClass(schoolClass.get());
      if (school.isPresent() && directory.directorsOf(school.get()).contains(to)) {
        return true;
      }
    }
    return false;
  }

  private boolean teacher(Caller from, long to, Set<Role> toRoles) {
    Set<Long> pupils = memberships.pupilsOf(scope.classesTaught(from));
    if (pupils.contains(to)) {
      return true;
    }
    if (toRoles.contains(Role.PARENT)) {
      Set<Long> children = new HashSet<>(people.childrenOf(to));
      children.retainAll(pupils);
      if (!children.isEmpty()) {
        return true;
      }
    }
    return colleague(from, to);
  }

  private boolean colleague(Caller from, long to) {
    return from.schoolId() != null && directory.staffOf(from.schoolId()).contains(to);
  }

  private boolean parentInSchool(Caller from, long to, Set<Role> toRoles) {
    if (from.schoolId() == null || !toRoles.contains(Role.PARENT)) {
      return false;
    }
    Set<Long> pupils = memberships.pupilsOf(memberships.classesOfSchool(from.schoolId()));
    return people.childrenOf(to).stream().anyMatch(pupils::contains);
  }

  private static boolean isStaff(Set<Role> roles) {
    return roles.stream().anyMatch(STAFF::contains);
  }

  /**
   * The people a caller may start a conversation with, as candidates to check: the union of the
   * sets the rules above draw from.
   */
  public Set<Long> candidates(Caller from) {
    Set<Long> found = new HashSet<>();
    for (Role role : from.roles()) {
      switch (role) {
        case PUPIL ->
            memberships
                .classOfPupil(from.id())
                .ifPresent(
                    c -> {
                      found.addAll(memberships.teachersOf(c));
                      found.addAll(memberships.pupilsOf(c));
                    });
        case PARENT -> {
          for (long child : scope.children(from)) {
            memberships
                .classOfPupil(child)
                .ifPresent(
                    c -> {
                      found.addAll(memberships.teachersOf(c));
                      memberships
                          .schoolOfClass(c)
                          .ifPresent(s -> found.addAll(directory.directorsOf(s)));
                    });
          }
        }
        case TEACHER -> {
          Set<Long> pupils = memberships.pupilsOf(scope.classesTaught(from));
          found.addAll(pupils);
          pupils.forEach(p -> found.addAll(people.guardiansOf(p)));
          if (from.schoolId() != null) {
            found.addAll(directory.staffOf(from.schoolId()));
          }
        }
        case TICE_REFERENT, DIRECTOR -> {
          if (from.schoolId() != null) {
            found.addAll(directory.staffOf(from.schoolId()));
            if (role == Role.DIRECTOR) {
              memberships
                  .pupilsOf(memberships.classesOfSchool(from.schoolId()))
                  .forEach(p -> found.addAll(people.guardiansOf(p)));
            }
          }
        }
        case TOWN_HALL -> {
          if (from.communeId() != null) {
            memberships
                .schoolsOfCommune(from.communeId())
                .forEach(s -> found.addAll(directory.staffOf(s)));
          }
        }
        case TECHNICIAN -> {
          found.addAll(directory.withRole(Role.DIRECTOR));
          found.addAll(directory.withRole(Role.TEACHER));
          found.addAll(directory.withRole(Role.TICE_REFERENT));
        }
        case ADMIN -> {
          found.addAll(directory.withRole(Role.DIRECTOR));
          found.addAll(directory.withRole(Role.TOWN_HALL));
          found.addAll(directory.withRole(Role.TECHNICIAN));
        }
      }
    }
    found.remove(from.id());
    return found;
  }
}
