package fr.passerelle.app.chat;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.chat.internal.ChatRules;
import fr.passerelle.app.chat.internal.ChatSettings;
import fr.passerelle.app.chat.internal.ChatStore;
import fr.passerelle.app.chat.internal.ChatStore.Room;
import fr.passerelle.app.chat.internal.RoomRights;
import fr.passerelle.app.chat.internal.RoomRights.Access;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rooms: a class's (its pupils and teachers), a visio session's (the members the visio feature
 * names), a conversation between two people (started when {@code ChatRules} allow it). Every method
 * checks the caller's place in the room ({@code RoomRights}, composed of the territory's scope).
 * Messages are {@link ChatMessages}', moderation {@link ChatModeration}'s.
 */
@Service
@Transactional
public class ChatRooms {

  /** The external kind of class rooms. */
  static final String CLASS_KEY = "class";

  static final String PRIVATE_KEY = "private";

  private final ChatStore store;
  private final RoomRights rights;
  private final ChatRules rules;
  private final ChatSettings settings;
  private final ChatFanOut fanOut;
  private final Scope scope;
  private final People people;
  private final AuditLog audit;
  private final SchoolTime time;

  ChatRooms(
      ChatStore store,
      RoomRights rights,
      ChatRules rules,
      ChatSettings settings,
      ChatFanOut fanOut,
      Scope scope,
      People people,
      AuditLog audit,
      SchoolTime time) {
    this.store = store;
    this.rights = rights;
    this.rules = rules;
    this.settings = settings;
    this.fanOut = fanOut;
    this.scope = scope;
    this.people = people;
    this.audit = audit;
    this.time = time;
  }

  /** The caller's rooms: their class's (or classes'), visio rooms, private conversations. */
  @PreAuthorize("isAuthenticated()")
  public List<RoomSummary> myRooms() {
    Caller caller = scope.caller();
    Map<Long, Room> rooms = new LinkedHashMap<>();
    for (long classId : rights.classesOf(caller)) {
      Room room = classRoomRow(classId, caller);
      rooms.put(room.id(), room);
    }
    store.roomsWithMember(caller.id()).forEach(r -> rooms.putIfAbsent(r.id(), r));
    return rooms.values().stream()
        .map(
            r ->
                new RoomSummary(
                    r.id(),
                    RoomKind.valueOf(r.kind()),
                    rights.title(r, caller),
                    store.unread(r.id(), caller.id()),
                    r.closed()))
        .toList();
  }

  /** How many messages wait unread in all the caller's rooms. */
  @PreAuthorize("isAuthenticated()")
  public long unreadTotal() {
    return myRooms().stream().mapToLong(RoomSummary::unread).sum();
  }

  /** The room of a class, for its pupils and teachers; created the first time. */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails classRoom(long classId) {
    Caller caller = scope.caller();
    if (!rights.classesOf(caller).contains(classId)) {
      throw rights.deny(caller, "chat:class:" + classId);
    }
    return details(classRoomRow(classId, caller), caller);
  }

  /** A room the caller belongs to. */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails room(long roomId) {
    Caller caller = scope.caller();
    return details(rights.require(caller, roomId), caller);
  }

  /**
   * The conversation between the caller and another person, created the first time if the rules let
   * the caller start it (see {@code ChatRules}).
   */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails privateRoom(long otherId) {
    Caller caller = scope.caller();
    String key = Math.min(caller.id(), otherId) + "-" + Math.max(caller.id(), otherId);
    Optional<Room> existing = store.roomByKey(PRIVATE_KEY, key);
    if (existing.isPresent() && store.isListedMember(existing.get().id(), caller.id())) {
      return details(existing.get(), caller);
    }
    if (!rules.mayStart(caller, otherId)) {
      throw rights.deny(caller, "chat:private:" + otherId);
    }
    Room room =
        store.createRoom(
            RoomKind.PRIVATE.name(), PRIVATE_KEY, key, null, null, caller.id(), time.now());
    store.ensureMember(room.id(), caller.id(), true);
    store.ensureMember(room.id(), otherId, true);
    return details(room, caller);
  }

  /** Whether the caller may start a conversation with this person. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean mayWriteTo(long otherId) {
    return rules.mayStart(scope.caller(), otherId);
  }

  /** The people the caller may start a conversation with, sorted by name. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<PersonName> contacts() {
    Caller caller = scope.caller();
    return people.names(
        rules.candidates(caller).stream().filter(id -> rules.mayStart(caller, id)).toList());
  }

  /**
   * The room of something another feature owns, such as a visio session: {@code ("visio",
   * sessionId)}. The calling feature has checked its own scope and names the members; the caller
   * must be one of them. The members are brought up to date at each call. Returns the room, which
   * the caller then uses like any other (history, send, subscribe).
   */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails roomFor(
      String externalKind, String externalKey, String title, Set<Long> members) {
    Caller caller = scope.caller();
    if (externalKind.equals(CLASS_KEY) || externalKind.equals(PRIVATE_KEY)) {
      throw new IllegalArgumentException("Reserved room kind: " + externalKind);
    }
    if (!members.contains(caller.id())) {
      throw rights.deny(caller, "chat:" + externalKind + ":" + externalKey);
    }
    Room room =
        store.createRoom(
            RoomKind.VISIO.name(), externalKind, externalKey, title, null, caller.id(), time.now());
    members.forEach(m -> store.ensureMember(room.id(), m, true));
    store.unlistOthers(room.id(), members);
    return details(room, caller);
  }

  /** Lets a class's pupils write privately to each other, or stops it. Its teachers only. */
  @PreAuthorize("hasRole('TEACHER')")
  public void setClassmatesMayWrite(long classId, boolean allowed) {
    Caller caller = scope.caller();
    if (!scope.teaches(caller, classId)) {
      throw rights.deny(caller, "chat:class:" + classId);
    }
    Room room = classRoomRow(classId, caller);
    store.setClassmatesMayWrite(room.id(), allowed);
    audit.record(
        AuditKind.CHAT_ROOM_SETTINGS,
        caller.username(),
        null,
        "chat-room:" + room.id(),
        "classmates may write: " + allowed);
    fanOut.publish(new ChatSignal(Kind.ROOM, room.id(), 0));
  }

  private Room classRoomRow(long classId, Caller caller) {
    return store
        .classRoom(classId)
        .orElseGet(
            () ->
                store.createRoom(
                    RoomKind.CLASS.name(),
                    CLASS_KEY,
                    Long.toString(classId),
                    null,
                    classId,
                    caller.id(),
                    time.now()));
  }

  private RoomDetails details(Room room, Caller caller) {
    return new RoomDetails(
        room.id(),
        RoomKind.valueOf(room.kind()),
        rights.title(room, caller),
        room.closed(),
        rights.access(caller, room) == Access.MODERATOR,
        room.classmatesMayWrite(),
        room.classId(),
        settings.maxLength());
  }
}
