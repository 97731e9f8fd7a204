package fr.passerelle.app.chat;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.chat.internal.ChatStore;
import fr.passerelle.app.chat.internal.ChatStore.Room;
import fr.passerelle.app.chat.internal.Deliveries;
import fr.passerelle.app.chat.internal.RoomRights;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Directory;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the rooms safe: any member reports a message; a room's moderators (its teachers) and its
 * school's director review what was reported or held by the word filter, hide or release it; the
 * moderators mute a pupil for a while and close a room; the administrator suspends all messaging at
 * once with a notice to everyone (the emergency switch). Every action is audited and signalled.
 */
@Service
@Transactional
public class ChatModeration {

  private final ChatStore store;
  private final RoomRights rights;
  private final Deliveries deliveries;
  private final ChatFanOut fanOut;
  private final Scope scope;
  private final Directory directory;
  private final AuditLog audit;
  private final SchoolTime time;

  ChatModeration(
      ChatStore store,
      RoomRights rights,
      Deliveries deliveries,
      ChatFanOut fanOut,
      Scope scope,
      Directory directory,
      AuditLog audit,
      SchoolTime time) {
    this.store = store;
    this.rights = rights;
    this.deliveries = deliveries;
    this.fanOut = fanOut;
    this.scope = scope;
    this.directory = directory;
    this.audit = audit;
    this.time = time;
  }

  /** Hides a message from the room; it is kept for the record. Moderators and the director. */
  @PreAuthorize("isAuthenticated()")
  public void hide(long messageId) {
    Caller caller = scope.caller();
    ChatStore.Message m = reviewable(caller, messageId);
    store.setStatus(messageId, MessageStatus.HIDDEN.name(), caller.username(), time.now());
    deliveries.forget(messageId);
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
    Caller caller = scope.caller();
    ChatStore.Message m = reviewable(caller, messageId);
    store.setStatus(messageId, MessageStatus.VISIBLE.name(), caller.username(), time.now());
    deliveries.forget(messageId);
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
    Caller caller = scope.caller();
    if (!rights.inRoom(caller, roomId).moderator()
        || !directory.rolesOf(accountId).contains(Role.PUPIL)) {
      throw rights.deny(caller, "chat-mute:" + roomId + ":" + accountId);
    }
    store.mute(roomId, accountId, time.now().plus(duration), caller.username());
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
    Caller caller = scope.caller();
    if (!rights.inRoom(caller, roomId).moderator()) {
      throw rights.deny(caller, "chat-close:" + roomId);
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
    Caller caller = scope.caller();
    ChatStore.Message m =
        store
            .message(messageId)
            .orElseThrow(() -> rights.deny(caller, "chat-message:" + messageId));
    Room room = rights.require(caller, m.roomId());
    if (!m.status().equals(MessageStatus.VISIBLE.name())) {
      return;
    }
    if (store.report(messageId, caller.id(), time.now())) {
      audit.record(
          AuditKind.CHAT_REPORTED, caller.username(), null, "chat-message:" + messageId, null);
      fanOut.publish(new ChatSignal(Kind.REVIEW, room.id(), messageId));
    }
  }

  /** Messages held or reported in the rooms the caller moderates or directs. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  @Transactional(readOnly = true)
  public List<ReviewItem> toReview() {
    Caller caller = scope.caller();
    List<ReviewItem> items = new ArrayList<>();
    for (ChatStore.Message m : store.toReview()) {
      Room room = store.room(m.roomId()).orElseThrow();
      if (rights.mayReview(caller, room)) {
        items.add(
            new ReviewItem(
                m.id(),
                room.id(),
                rights.title(room, caller),
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
    return store.emergency();
  }

  /** Suspends all messaging at once, with a notice pushed to everyone. Administrators only. */
  @PreAuthorize("hasRole('ADMIN')")
  public void suspendAll(String notice) {
    Caller caller = scope.caller();
    store.setEmergency(true, ChatMessages.cut(notice.strip(), 500), caller.username(), time.now());
    audit.record(
        AuditKind.CHAT_SUSPENDED, caller.username(), null, "chat", ChatMessages.cut(notice, 400));
    fanOut.publish(ChatSignal.everyone(Kind.EMERGENCY));
  }

  /** Lets everyone write again. Administrators only. */
  @PreAuthorize("hasRole('ADMIN')")
  public void resumeAll() {
    Caller caller = scope.caller();
    store.setEmergency(false, null, caller.username(), time.now());
    audit.record(AuditKind.CHAT_RESUMED, caller.username(), null, "chat", null);
    fanOut.publish(ChatSignal.everyone(Kind.EMERGENCY));
  }

  /** Whether messages reach other nodes (PostgreSQL) or this one only (H2). Administrators. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public boolean multiNode() {
    return fanOut.multiNode();
  }

  private ChatStore.Message reviewable(Caller caller, long messageId) {
    ChatStore.Message m =
        store
            .message(messageId)
            .orElseThrow(() -> rights.deny(caller, "chat-message:" + messageId));
    Room room = store.room(m.roomId()).orElseThrow();
    if (!rights.mayReview(caller, room)) {
      throw rights.deny(caller, "chat-message:" + messageId);
    }
    return m;
  }
}
