package fr.passerelle.app.chat;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.chat.internal.ChatRules;
import fr.passerelle.app.chat.internal.ChatSettings;
import fr.passerelle.app.chat.internal.ChatStore;
import fr.passerelle.app.chat.internal.ChatStore.Room;
import fr.passerelle.app.chat.internal.ShortCache;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Directory;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rooms, messages and moderation. Every method checks the caller: membership of the room (the
 * class's pupils and teachers, or the room's listed members), the rules of who may write to whom,
 * and the moderator's rights. Signals go out through {@link ChatFanOut} with ids only.
 */
@Service
@Transactional
public class ChatService {

  /** The external kind of class rooms. */
  static final String CLASS_KEY = "class";

  static final String PRIVATE_KEY = "private";

  /** What a caller may do in a room. */
  enum Access {
    NONE,
    MEMBER,
    MODERATOR
  }

  /** What an attachment may be, told from its content: PNG, JPEG, GIF and PDF. */
  private static final java.util.Set<String> ATTACHMENT_TYPES =
      java.util.Set.of(ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.GIF, ContentTypes.PDF);

  private final ChatStore store;
  private final ChatRules rules;
  private final ChatSettings settings;
  private final ChatFanOut fanOut;
  private final CurrentUser currentUser;
  private final Memberships memberships;
  private final Directory directory;
  private final People people;
  private final AuditLog audit;
  private final Clock clock;

  static final int DELIVERY_SECONDS = 5;

  private final ShortCache<Long, Optional<Delivery>> deliveries =
      new ShortCache<>(Duration.ofSeconds(DELIVERY_SECONDS), 512);

  ChatService(
      ChatStore store,
      ChatRules rules,
      ChatSettings settings,
      ChatFanOut fanOut,
      CurrentUser currentUser,
      Memberships memberships,
      Directory directory,
      People people,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.rules = rules;
    this.settings = settings;
    this.fanOut = fanOut;
    this.currentUser = currentUser;
    this.memberships = memberships;
    this.directory = directory;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  // ---- rooms ----

  /** The caller's rooms: their class's (or classes'), visio rooms, private conversations. */
  @PreAuthorize("isAuthenticated()")
  public List<RoomSummary> myRooms() {
    Caller caller = currentUser.require();
    Map<Long, Room> rooms = new LinkedHashMap<>();
    for (long classId : classesOf(caller)) {
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
                    title(r, caller),
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
    Caller caller = currentUser.require();
    if (!classesOf(caller).contains(classId)) {
      throw deny(caller, "chat:class:" + classId);
    }
    return details(classRoomRow(classId, caller), caller);
  }

  /** A room the caller belongs to. */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails room(long roomId) {
    Caller caller = currentUser.require();
    Room room = require(caller, roomId);
    return details(room, caller);
  }

  /**
   * The conversation between the caller and another person, created the first time if the rules let
   * the caller start it (see {@code ChatRules}).
   */
  @PreAuthorize("isAuthenticated()")
  public RoomDetails privateRoom(long otherId) {
    Caller caller = currentUser.require();
    String key = Math.min(caller.id(), otherId) + "-" + Math.max(caller.id(), otherId);
    Optional<Room> existing = store.roomByKey(PRIVATE_KEY, key);
    if (existing.isPresent() && store.isListedMember(existing.get().id(), caller.id())) {
      return details(existing.get(), caller);
    }
    if (!rules.mayStart(caller, otherId)) {
      throw deny(caller, "chat:private:" + otherId);
    }
    Room room =
        store.createRoom(
            RoomKind.PRIVATE.name(), PRIVATE_KEY, key, null, null, caller.id(), clock.instant());
    store.ensureMember(room.id(), caller.id(), true);
    store.ensureMember(room.id(), otherId, true);
    return details(room, caller);
  }

  /** Whether the caller may start a conversation with this person. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean mayWriteTo(long otherId) {
    return rules.mayStart(currentUser.require(), otherId);
  }

  /** The people the caller may start a conversation with, sorted by name. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<PersonName> contacts() {
    Caller caller = currentUser.require();
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
    Caller caller = currentUser.require();
    if (externalKind.equals(CLASS_KEY) || externalKind.equals(PRIVATE_KEY)) {
      throw new IllegalArgumentException("Reserved room kind: " + externalKind);
    }
    if (!members.contains(caller.id())) {
      throw deny(caller, "chat:" + externalKind + ":" + externalKey);
    }
    Room room =
        store.createRoom(
            RoomKind.VISIO.name(),
            externalKind,
            externalKey,
            title,
            null,
            caller.id(),
            clock.instant());
    members.forEach(m -> store.ensureMember(room.id(), m, true));
    store.unlistOthers(room.id(), members);
    return details(room, caller);
  }

  /** Lets a class's pupils write privately to each other, or stops it. Its teachers only. */
  @PreAuthorize("hasRole('TEACHER')")
  public void setClassmatesMayWrite(long classId, boolean allowed) {
    Caller caller = currentUser.require();
    if (!memberships.teachersOf(classId).contains(caller.id())) {
      throw deny(caller, "chat:class:" + classId);
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

  // ---- messages ----

  /** A page of history before a message id (the newest when null), oldest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ChatMessage> history(long roomId, @Nullable Long beforeId, int limit) {
    Caller caller = currentUser.require();
    Room room = store.room(roomId).orElseThrow(() -> deny(caller, "chat-room:" + roomId));
    Access access = access(caller, room);
    if (access == Access.NONE) {
      throw deny(caller, "chat-room:" + roomId);
    }
    boolean moderator = access == Access.MODERATOR;
    return store.page(roomId, beforeId, Math.clamp(limit, 1, 100), moderator, caller.id()).stream()
        .map(m -> view(m, caller, moderator))
        .toList();
  }

  /** One message, re-read when a signal names it; empty when the caller may not see it. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Optional<ChatMessage> message(long messageId) {
    Caller caller = currentUser.require();
    Optional<ChatStore.Message> found = store.message(messageId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ChatStore.Message m = found.get();
    Access access = store.room(m.roomId()).map(r -> access(caller, r)).orElse(Access.NONE);
    if (access == Access.NONE) {
      return Optional.empty();
    }
    boolean moderator = access == Access.MODERATOR;
    boolean mine = m.authorId() != null && m.authorId() == caller.id();
    if (m.status().equals(MessageStatus.HELD.name()) && !moderator && !mine) {
      return Optional.empty();
    }
    return Optional.of(view(m, caller, moderator));
  }

  /**
   * A new message as a room's open page shows it when a signal names it. Like {@link #message}, but
   * the message, its room's members and moderators are read once per message for all the pages of
   * this node (kept {@value #DELIVERY_SECONDS} s), then each caller's rights are checked against
   * them: 30 pages cost one read instead of 30, and hold a connection only for their own caller's
   * lookup. Changes (hidden, released) go through {@link #message}, which reads afresh.
   */
  @PreAuthorize("isAuthenticated()")
  // No transaction around it: 30 pages waiting for the first one's read must not each hold a
  // pooled connection meanwhile; each statement takes one and gives it back.
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<ChatMessage> delivered(long messageId) {
    Caller caller = currentUser.require();
    Optional<Delivery> found = deliveries.get(messageId, () -> delivery(messageId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Delivery d = found.get();
    Access access = d.access(caller);
    ChatStore.Message m = d.message();
    boolean mine = m.authorId() != null && m.authorId() == caller.id();
    if (access == Access.NONE
        || m.status().equals(MessageStatus.HELD.name()) && access != Access.MODERATOR && !mine) {
      return Optional.empty();
    }
    return Optional.of(view(m, caller, access == Access.MODERATOR));
  }

  /** A message and who may read it, as read once for every page of this node. */
  private record Delivery(
      ChatStore.Message message, boolean classRoom, Set<Long> members, Set<Long> moderators) {

    Access access(Caller caller) {
      if (caller.has(Role.TEACHER) && moderators.contains(caller.id())) {
        return Access.MODERATOR;
      }
      boolean member = members.contains(caller.id());
      if (classRoom) {
        return caller.has(Role.PUPIL) && member ? Access.MEMBER : Access.NONE;
      }
      return member ? Access.MEMBER : Access.NONE;
    }
  }

  private Optional<Delivery> delivery(long messageId) {
    return store
        .message(messageId)
        .flatMap(
            m ->
                store
                    .room(m.roomId())
                    .map(
                        room ->
                            room.classId() != null
                                ? new Delivery(
                                    m,
                                    true,
                                    memberships.pupilsOf(room.classId()),
                                    memberships.teachersOf(room.classId()))
                                : new Delivery(
                                    m, false, store.listedMembers(room.id()), moderators(room))));
  }

  /** Sends a message. Refused with a reason the person can be told (see {@link ChatRefusal}). */
  @PreAuthorize("isAuthenticated()")
  public ChatMessage send(long roomId, String text) {
    return send(roomId, text, null, null, null);
  }

  /** Sends a message with a file: PNG, JPEG, GIF or PDF (checked on the content), size-limited. */
  @PreAuthorize("isAuthenticated()")
  public ChatMessage sendWithAttachment(long roomId, String text, String fileName, byte[] content) {
    return send(roomId, text, fileName, content, null);
  }

  /**
   * Sends a message with a file and, for an image, what it shows (its text alternative, in the
   * sender's words; blank when not given).
   */
  @PreAuthorize("isAuthenticated()")
  public ChatMessage sendWithAttachment(
      long roomId, String text, String fileName, byte[] content, @Nullable String description) {
    return send(roomId, text, fileName, content, description);
  }

  /**
   * The type of a file as an attachment, told from its content; refused (with a reason to show)
   * when it is empty, too large or not an image or a PDF. No database: views check a file as soon
   * as it is uploaded, and {@code send} checks it again.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.SUPPORTS)
  public String attachmentType(byte[] content) {
    if (content.length == 0) {
      throw new ChatRefusedException(ChatRefusal.ATTACHMENT_EMPTY);
    }
    if (content.length > settings.attachmentMaxBytes()) {
      throw new ChatRefusedException(ChatRefusal.ATTACHMENT_TOO_LARGE);
    }
    return ContentTypes.detect(content)
        .filter(ATTACHMENT_TYPES::contains)
        .orElseThrow(() -> new ChatRefusedException(ChatRefusal.ATTACHMENT_TYPE));
  }

  /** The largest attachment accepted, in bytes. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(propagation = Propagation.SUPPORTS)
  public int attachmentMaxBytes() {
    return settings.attachmentMaxBytes();
  }

  private ChatMessage send(
      long roomId,
      String text,
      @Nullable String fileName,
      byte @Nullable [] content,
      @Nullable String description) {
    Caller caller = currentUser.require();
    Room room = require(caller, roomId);
    Access access = access(caller, room);
    Instant now = clock.instant();
    if (emergencyState().suspended()) {
      throw new ChatRefusedException(ChatRefusal.SUSPENDED);
    }
    if (room.closed()) {
      throw new ChatRefusedException(ChatRefusal.CLOSED);
    }
    if (access != Access.MODERATOR && store.mutedUntil(roomId, caller.id(), now).isPresent()) {
      throw new ChatRefusedException(ChatRefusal.MUTED);
    }
    String body = text.strip();
    if (body.isEmpty() && content == null) {
      throw new ChatRefusedException(ChatRefusal.EMPTY);
    }
    if (body.length() > settings.maxLength()) {
      throw new ChatRefusedException(ChatRefusal.TOO_LONG);
    }
    String mediaType = content == null ? null : attachmentType(content);
    if (store.countByAuthorSince(caller.id(), now.minus(settings.rateWindow()))
        >= settings.rateMaxMessages()) {
      throw new ChatRefusedException(ChatRefusal.RATE_LIMITED);
    }
    Optional<String> suspicious = settings.suspicious(body);
    MessageStatus status = suspicious.isPresent() ? MessageStatus.HELD : MessageStatus.VISIBLE;
    long id =
        store.insertMessage(
            roomId,
            caller.id(),
            caller.username(),
            body,
            status.name(),
            suspicious.map(w -> "filter").orElse(null),
            now);
    if (content != null && fileName != null && mediaType != null) {
      String alt = description == null || description.isBlank() ? null : description.strip();
      store.insertAttachment(
          id,
          cut(fileName, 160),
          mediaType,
          content,
          alt == null || !mediaType.startsWith("image/") ? null : cut(alt, 300));
    }
    store.markRead(roomId, caller.id(), id);
    if (status == MessageStatus.HELD) {
      audit.record(
          AuditKind.CHAT_HELD, caller.username(), null, "chat-message:" + id, "word filter");
      fanOut.publish(new ChatSignal(Kind.REVIEW, roomId, id));
    } else {
      fanOut.publish(new ChatSignal(Kind.MESSAGE, roomId, id));
    }
    return view(store.message(id).orElseThrow(), caller, access == Access.MODERATOR);
  }

  /** The bytes of an attachment, for those who may see its message. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public AttachmentContent attachment(long attachmentId) {
    Caller caller = currentUser.require();
    ChatStore.Attachment found =
        store
            .attachment(attachmentId)
            .orElseThrow(() -> deny(caller, "chat-attachment:" + attachmentId));
    ChatMessage message =
        message(found.messageId())
            .filter(m -> m.status() != MessageStatus.HIDDEN || m.attachment() != null)
            .filter(m -> m.attachment() != null)
            .orElseThrow(() -> deny(caller, "chat-attachment:" + attachmentId));
    return new AttachmentContent(
        message.attachment().fileName(), found.mediaType(), store.attachmentContent(attachmentId));
  }

  /** Moves the caller's read marker forward to this message. */
  @PreAuthorize("isAuthenticated()")
  public void markRead(long roomId, long messageId) {
    Caller caller = currentUser.require();
    require(caller, roomId);
    store.markRead(roomId, caller.id(), messageId);
  }

  // ---- moderation ----

  /**
   * Forgets a message's cached delivery now and again once the change is committed: a page that
   * re-reads it in between would otherwise keep the old status for the cache's few seconds.
   */
  private void forgetDelivery(long messageId) {
    deliveries.forget(messageId);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deliveries.forget(messageId);
            }
          });
    }
  }

  /** Hides a message from the room; it is kept for the record. Moderators and the director. */
  @PreAuthorize("isAuthenticated()")
  public void hide(long messageId) {
    Caller caller = currentUser.require();
    ChatStore.Message m = reviewable(caller, messageId);
    store.setStatus(messageId, MessageStatus.HIDDEN.name(), caller.username(), clock.instant());
    forgetDelivery(messageId);
    store.resolveReports(messageId);
    audit.record(AuditKind.CHAT_HIDDEN, caller.username(), null, "chat-message:" + messageId, null);
    fanOut.publish(new ChatSignal(Kind.CHANGED, m.roomId(), messageId));
  }

  /**
   * Delivers a message the word filter held, or shows again a hidden one, and closes its reports.
   * Moderators and the director.
   */
  @PreAuthorize("isAuthenticated()")
  public void release(long messageId) {
    Caller caller = currentUser.require();
    ChatStore.Message m = reviewable(caller, messageId);
    store.setStatus(messageId, MessageStatus.VISIBLE.name(), caller.username(), clock.instant());
    forgetDelivery(messageId);
    store.resolveReports(messageId);
    audit.record(
        AuditKind.CHAT_RELEASED, caller.username(), null, "chat-message:" + messageId, null);
    fanOut.publish(
        new ChatSignal(
            m.status().equals(MessageStatus.HELD.name()) ? Kind.MESSAGE : Kind.CHANGED,
            m.roomId(),
            messageId));
  }

  /** Stops a pupil from writing in a room for a while. The room's moderators. */
  @PreAuthorize("isAuthenticated()")
  public void mute(long roomId, long accountId, Duration duration) {
    Caller caller = currentUser.require();
    Room room = require(caller, roomId);
    if (access(caller, room) != Access.MODERATOR
        || !directory.rolesOf(accountId).contains(Role.PUPIL)) {
      throw deny(caller, "chat-mute:" + roomId + ":" + accountId);
    }
    store.mute(roomId, accountId, clock.instant().plus(duration), caller.username());
    audit.record(
        AuditKind.CHAT_MUTED,
        caller.username(),
        null,
        "chat-room:" + roomId,
        "account " + accountId + " for " + duration);
    fanOut.publish(new ChatSignal(Kind.ROOM, roomId, 0));
  }

  /** Closes a room (nobody writes; history stays) or opens it again. The room's moderators. */
  @PreAuthorize("isAuthenticated()")
  public void setClosed(long roomId, boolean closed) {
    Caller caller = currentUser.require();
    Room room = require(caller, roomId);
    if (access(caller, room) != Access.MODERATOR) {
      throw deny(caller, "chat-close:" + roomId);
    }
    store.setClosed(roomId, closed);
    audit.record(
        closed ? AuditKind.CHAT_ROOM_CLOSED : AuditKind.CHAT_ROOM_REOPENED,
        caller.username(),
        null,
        "chat-room:" + roomId,
        null);
    fanOut.publish(new ChatSignal(Kind.ROOM, roomId, 0));
  }

  /**
   * Reports a message to the room's teachers and the school's director (their review list and home,
   * live). Any member, once per message.
   */
  @PreAuthorize("isAuthenticated()")
  public void report(long messageId) {
    Caller caller = currentUser.require();
    ChatStore.Message m =
        store.message(messageId).orElseThrow(() -> deny(caller, "chat-message:" + messageId));
    Room room = require(caller, m.roomId());
    if (!m.status().equals(MessageStatus.VISIBLE.name())) {
      return;
    }
    if (store.report(messageId, caller.id(), clock.instant())) {
      audit.record(
          AuditKind.CHAT_REPORTED, caller.username(), null, "chat-message:" + messageId, null);
      fanOut.publish(new ChatSignal(Kind.REVIEW, room.id(), messageId));
    }
  }

  /** Messages held or reported in the rooms the caller moderates or directs. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional(readOnly = true)
  public List<ReviewItem> toReview() {
    Caller caller = currentUser.require();
    List<ReviewItem> items = new ArrayList<>();
    for (ChatStore.Message m : store.toReview()) {
      Room room = store.room(m.roomId()).orElseThrow();
      if (mayReview(caller, room)) {
        items.add(
            new ReviewItem(
                m.id(),
                room.id(),
                title(room, caller),
                m.authorName(),
                m.body(),
                MessageStatus.valueOf(m.status()),
                m.sentAt(),
                store.openReports(m.id())));
      }
    }
    return items;
  }

  // ---- emergency switch ----

  /** The state of the emergency switch, for everyone (the notice is shown to all). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Emergency emergency() {
    return emergencyState();
  }

  /** Suspends all messaging at once, with a notice pushed to everyone. Administrators only. */
  @PreAuthorize("hasRole('ADMIN')")
  public void suspendAll(String notice) {
    Caller caller = currentUser.require();
    store.setEmergency(true, cut(notice.strip(), 500), caller.username(), clock.instant());
    audit.record(AuditKind.CHAT_SUSPENDED, caller.username(), null, "chat", cut(notice, 400));
    fanOut.publish(ChatSignal.everyone(Kind.EMERGENCY));
  }

  @PreAuthorize("hasRole('ADMIN')")
  public void resumeAll() {
    Caller caller = currentUser.require();
    store.setEmergency(false, null, caller.username(), clock.instant());
    audit.record(AuditKind.CHAT_RESUMED, caller.username(), null, "chat", null);
    fanOut.publish(ChatSignal.everyone(Kind.EMERGENCY));
  }

  /** Whether messages reach other nodes (PostgreSQL) or this one only (H2). Administrators. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public boolean multiNode() {
    return fanOut.multiNode();
  }

  // ---- helpers ----

  private Emergency emergencyState() {
    Object[] row = store.emergency();
    return new Emergency((Boolean) row[0], (String) row[1], (Instant) row[2]);
  }

  private Set<Long> classesOf(Caller caller) {
    Set<Long> classes = new HashSet<>();
    if (caller.has(Role.PUPIL)) {
      memberships.classOfPupil(caller.id()).ifPresent(classes::add);
    }
    if (caller.has(Role.TEACHER)) {
      classes.addAll(memberships.classesTaughtBy(caller.id()));
    }
    return classes;
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
                    clock.instant()));
  }

  /** The room, if the caller is in it; refused (and audited) otherwise. */
  private Room require(Caller caller, long roomId) {
    Room room = store.room(roomId).orElseThrow(() -> deny(caller, "chat-room:" + roomId));
    if (access(caller, room) == Access.NONE) {
      throw deny(caller, "chat-room:" + roomId);
    }
    return room;
  }

  Access access(Caller caller, Room room) {
    if (room.classId() != null) {
      long classId = room.classId();
      if (caller.has(Role.TEACHER) && memberships.teachersOf(classId).contains(caller.id())) {
        return Access.MODERATOR;
      }
      if (caller.has(Role.PUPIL) && memberships.pupilsOf(classId).contains(caller.id())) {
        return Access.MEMBER;
      }
      return Access.NONE;
    }
    boolean member = store.isListedMember(room.id(), caller.id());
    if (caller.has(Role.TEACHER) && moderators(room).contains(caller.id())) {
      return Access.MODERATOR;
    }
    return member ? Access.MEMBER : Access.NONE;
  }

  /**
   * The teachers who moderate a room: a class's teachers; in other rooms, the teachers among the
   * members and the teachers of the pupils who are members.
   */
  private Set<Long> moderators(Room room) {
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

  private boolean mayReview(Caller caller, Room room) {
    if (caller.has(Role.TEACHER) && access(caller, room) == Access.MODERATOR) {
      return true;
    }
    return caller.has(Role.DIRECTOR)
        && caller.schoolId() != null
        && schools(room).contains(caller.schoolId());
  }

  private ChatStore.Message reviewable(Caller caller, long messageId) {
    ChatStore.Message m =
        store.message(messageId).orElseThrow(() -> deny(caller, "chat-message:" + messageId));
    Room room = store.room(m.roomId()).orElseThrow();
    if (!mayReview(caller, room)) {
      throw deny(caller, "chat-message:" + messageId);
    }
    return m;
  }

  private RoomDetails details(Room room, Caller caller) {
    return new RoomDetails(
        room.id(),
        RoomKind.valueOf(room.kind()),
        title(room, caller),
        room.closed(),
        access(caller, room) == Access.MODERATOR,
        room.classmatesMayWrite(),
        room.classId(),
        settings.maxLength());
  }

  private String title(Room room, Caller caller) {
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

  private ChatMessage view(ChatStore.Message m, Caller caller, boolean moderator) {
    MessageStatus status = MessageStatus.valueOf(m.status());
    boolean mine = m.authorId() != null && m.authorId() == caller.id();
    boolean blank = status == MessageStatus.HIDDEN && !moderator;
    ChatStore.Attachment a = blank ? null : m.attachment();
    return new ChatMessage(
        m.id(),
        m.roomId(),
        m.authorId(),
        m.authorName(),
        blank ? "" : m.body(),
        status,
        m.sentAt(),
        mine,
        m.byPupil(),
        a == null
            ? null
            : new AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.size(), a.description()));
  }

  private ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
