package fr.passerelle.app.chat.internal;

import fr.passerelle.app.chat.RoomKind;
import fr.passerelle.app.chat.internal.ChatStore.Room;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Directory;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a caller may do in a room, composed of the territory's {@link Scope}: in a class room its
 * teachers moderate and its pupils are members; in the other rooms the listed members are members,
 * and the teachers among them or of the pupils among them moderate. The director of a room's school
 * reviews its reported and held messages. Refusals are audited by {@link Scope#deny}. Called by the
 * chat's services, inside their transactions.
 */
@Component
public class RoomRights {

  /** What a caller may do in a room. */
  public enum Access {
    NONE,
    MEMBER,
    MODERATOR
  }

  private final ChatStore store;
  private final Scope scope;
  private final Memberships memberships;
  private final Directory directory;
  private final People people;

  RoomRights(
      ChatStore store, Scope scope, Memberships memberships, Directory directory, People people) {
    this.store = store;
    this.scope = scope;
    this.memberships = memberships;
    this.directory = directory;
    this.people = people;
  }

  public Access access(Caller caller, Room room) {
    if (room.classId() != null) {
      long classId = room.classId();
      if (scope.teaches(caller, classId)) {
        return Access.MODERATOR;
      }
      return scope.isPupilIn(caller, classId) ? Access.MEMBER : Access.NONE;
    }
    boolean member = store.isListedMember(room.id(), caller.id());
    if (caller.has(Role.TEACHER) && moderators(room).contains(caller.id())) {
      return Access.MODERATOR;
    }
    return member ? Access.MEMBER : Access.NONE;
  }

  /** A room and what the caller may do in it. */
  public record InRoom(Room room, Access access) {

    public boolean moderator() {
      return access == Access.MODERATOR;
    }
  }

  /** The room and the caller's access, if the caller is in it; refused (and audited) otherwise. */
  public InRoom inRoom(Caller caller, long roomId) {
    Room room = store.room(roomId).orElseThrow(() -> deny(caller, "chat-room:" + roomId));
    Access access = access(caller, room);
    if (access == Access.NONE) {
      throw deny(caller, "chat-room:" + roomId);
    }
    return new InRoom(room, access);
  }

  /** The room, if the caller is in it; refused (and audited) otherwise. */
  public Room require(Caller caller, long roomId) {
    return inRoom(caller, roomId).room();
  }

  /** The classes whose room the caller is in: the class of a pupil, the classes a teacher has. */
  public Set<Long> classesOf(Caller caller) {
    Set<Long> classes = new HashSet<>(scope.classesTaught(caller));
    if (caller.has(Role.PUPIL)) {
      memberships.classOfPupil(caller.id()).ifPresent(classes::add);
    }
    return classes;
  }

  /**
   * The teachers who moderate a room: a class's teachers; in other rooms, the teachers among the
   * members and the teachers of the pupils who are members.
   */
  public Set<Long> moderators(Room room) {
    if (room.classId() != null) {
      return memberships.teachersOf(room.classId());
    }
    Set<Long> moderators = new HashSet<>();
    for (long member : store.listedMembers(room.id())) {
      Set<Role> roles = directory.rolesOf(member);
      if (roles.contains(Role.TEACHER)) {
        moderators.add(member);
      }
      if (roles.contains(Role.PUPIL)) {
        memberships
            .classOfPupil(member)
            .ifPresent(c -> moderators.addAll(memberships.teachersOf(c)));
      }
    }
    return moderators;
  }

  /** Whether the caller reviews the room's messages: its moderators and its school's director. */
  public boolean mayReview(Caller caller, Room room) {
    if (caller.has(Role.TEACHER) && access(caller, room) == Access.MODERATOR) {
      return true;
    }
    return caller.has(Role.DIRECTOR)
        && schools(room).stream().anyMatch(s -> scope.directs(caller, s));
  }

  /** The schools a room belongs to: its class's, or its members' classes' and schools. */
  private Set<Long> schools(Room room) {
    Set<Long> schools = new HashSet<>();
    if (room.classId() != null) {
      memberships.schoolOfClass(room.classId()).ifPresent(schools::add);
      return schools;
    }
    for (long member : store.listedMembers(room.id())) {
      memberships.classOfPupil(member).flatMap(memberships::schoolOfClass).ifPresent(schools::add);
      directory.schoolOf(member).ifPresent(schools::add);
    }
    return schools;
  }

  /** A room's name as this caller sees it: the class, the other person, or the visio's title. */
  public String title(Room room, Caller caller) {
    if (room.classId() != null) {
      return memberships.classLabel(room.classId()).orElse("");
    }
    if (room.kind().equals(RoomKind.PRIVATE.name())) {
      Set<Long> others = new HashSet<>(store.listedMembers(room.id()));
      others.remove(caller.id());
      return String.join(", ", people.names(others).stream().map(PersonName::full).toList());
    }
    return room.title() == null ? "" : room.title();
  }

  /** Audits the refusal (through the one scope authority); the caller throws what it returns. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target);
  }
}
