package fr.passerelle.app.chat;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.chat.ChatSignal.Kind;
import fr.passerelle.app.chat.internal.ChatSettings;
import fr.passerelle.app.chat.internal.ChatStore;
import fr.passerelle.app.chat.internal.ChatStore.Room;
import fr.passerelle.app.chat.internal.Deliveries;
import fr.passerelle.app.chat.internal.Deliveries.Delivery;
import fr.passerelle.app.chat.internal.RoomRights;
import fr.passerelle.app.chat.internal.RoomRights.Access;
import fr.passerelle.app.chat.internal.RoomRights.InRoom;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.support.ContentTypes;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of a room: history, sending (with a file), what a signal names, attachments and read
 * markers. Every method checks that the caller is in the room; a held message is seen by its author
 * and the moderators only, a hidden one is blank but for the moderators. Sending is refused with a
 * reason the person can be told ({@link ChatRefusal}); what was sent is signalled through {@link
 * ChatFanOut} with ids only.
 */
@Service
@Transactional
public class ChatMessages {

  /** What an attachment may be, told from its content: PNG, JPEG, GIF and PDF. */
  private static final Set<String> ATTACHMENT_TYPES =
      Set.of(ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.GIF, ContentTypes.PDF);

  private final ChatStore store;
  private final RoomRights rights;
  private final Deliveries deliveries;
  private final ChatSettings settings;
  private final ChatFanOut fanOut;
  private final Scope scope;
  private final AuditLog audit;
  private final SchoolTime time;

  ChatMessages(
      ChatStore store,
      RoomRights rights,
      Deliveries deliveries,
      ChatSettings settings,
      ChatFanOut fanOut,
      Scope scope,
      AuditLog audit,
      SchoolTime time) {
    this.store = store;
    this.rights = rights;
    this.deliveries = deliveries;
    this.settings = settings;
    this.fanOut = fanOut;
    this.scope = scope;
    this.audit = audit;
    this.time = time;
  }

  /** A page of history before a message id (the newest when null), oldest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ChatMessage> history(long roomId, @Nullable Long beforeId, int limit) {
    Caller caller = scope.caller();
    boolean moderator = rights.inRoom(caller, roomId).moderator();
    return store.page(roomId, beforeId, Math.clamp(limit, 1, 100), moderator, caller.id()).stream()
        .map(m -> view(m, caller, moderator))
        .toList();
  }

  /** One message, re-read when a signal names it; empty when the caller may not see it. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public Optional<ChatMessage> message(long messageId) {
    Caller caller = scope.caller();
    Optional<ChatStore.Message> found = store.message(messageId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ChatStore.Message m = found.get();
    Access access = store.room(m.roomId()).map(r -> rights.access(caller, r)).orElse(Access.NONE);
    return visible(m, caller, access);
  }

  /**
   * A new message as a room's open page shows it when a signal names it. Like {@link #message}, but
   * the message, its room's members and moderators are read once per message for all the pages of
   * this node (kept a few seconds), then each caller's rights are checked against them: 30 pages
   * cost one read instead of 30, and hold a connection only for their own caller's lookup. Changes
   * (hidden, released) go through {@link #message}, which reads afresh.
   */
  @PreAuthorize("isAuthenticated()")
  // No transaction around it: 30 pages waiting for the first one's read must not each hold a
  // pooled connection meanwhile; each statement takes one and gives it back.
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<ChatMessage> delivered(long messageId) {
    Caller caller = scope.caller();
    Optional<Delivery> found = deliveries.of(messageId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return visible(found.get().message(), caller, found.get().access(caller));
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
    Caller caller = scope.caller();
    InRoom in = rights.inRoom(caller, roomId);
    Room room = in.room();
    Access access = in.access();
    Instant now = time.now();
    if (store.emergency().suspended()) {
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
    Caller caller = scope.caller();
    ChatStore.Attachment found =
        store
            .attachment(attachmentId)
            .orElseThrow(() -> rights.deny(caller, "chat-attachment:" + attachmentId));
    AttachmentInfo shown =
        message(found.messageId())
            .map(ChatMessage::attachment)
            .orElseThrow(() -> rights.deny(caller, "chat-attachment:" + attachmentId));
    return new AttachmentContent(
        shown.fileName(), found.mediaType(), store.attachmentContent(attachmentId));
  }

  /** Moves the caller's read marker forward to this message. */
  @PreAuthorize("isAuthenticated()")
  public void markRead(long roomId, long messageId) {
    Caller caller = scope.caller();
    rights.require(caller, roomId);
    store.markRead(roomId, caller.id(), messageId);
  }

  /** The message as this caller may see it: nothing when they are not in the room or it is held. */
  private static Optional<ChatMessage> visible(ChatStore.Message m, Caller caller, Access access) {
    boolean moderator = access == Access.MODERATOR;
    boolean mine = m.authorId() != null && m.authorId() == caller.id();
    if (access == Access.NONE
        || m.status().equals(MessageStatus.HELD.name()) && !moderator && !mine) {
      return Optional.empty();
    }
    return Optional.of(view(m, caller, moderator));
  }

  private static ChatMessage view(ChatStore.Message m, Caller caller, boolean moderator) {
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

  static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
