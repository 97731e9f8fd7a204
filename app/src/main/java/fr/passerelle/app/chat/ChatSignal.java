package fr.passerelle.app.chat;

import fr.passerelle.media.live.Signal;
import java.util.Optional;

/**
 * What happened in a chat, as ids only, carried on the live channel under the topic {@code
 * chat.room.<id>} (or {@code chat.everyone}). A page that receives it reads the rest through the
 * chat's services ({@link ChatMessages}, {@link ChatRooms}, {@link ChatModeration}) with its own
 * rights.
 *
 * @param kind what happened
 * @param roomId the room concerned, or 0 for everyone (the emergency switch)
 * @param subjectId a message id, an account id (presence) or 0
 */
public record ChatSignal(Kind kind, long roomId, long subjectId) {

  /** What a signal says. */
  public enum Kind {
    /** A new message is visible in the room. */
    MESSAGE,
    /** A message changed (hidden, released from review). */
    CHANGED,
    /** Someone came into or left the room. */
    PRESENCE,
    /** The room itself changed (closed, reopened, settings). */
    ROOM,
    /** A message was reported or held: moderators have something to review. */
    REVIEW,
    /** Messaging was suspended or resumed everywhere. */
    EMERGENCY
  }

  /** The room id of signals meant for every subscriber. */
  public static final long EVERYONE = 0;

  /** Every chat topic lies under this one. */
  static final String TOPICS = "chat";

  /** The topic of what is meant for every chat page ({@code chat.everyone}). */
  static final String EVERYONE_TOPIC = Signal.topic(TOPICS, "everyone");

  public static ChatSignal everyone(Kind kind) {
    return new ChatSignal(kind, EVERYONE, 0);
  }

  static String topicOf(long roomId) {
    return roomId == EVERYONE ? EVERYONE_TOPIC : Signal.topic("chat", "room", roomId);
  }

  Signal toSignal() {
    return new Signal(topicOf(roomId), kind.name(), subjectId);
  }

  /** The chat signal a live signal carries; empty for another feature's. */
  static Optional<ChatSignal> of(Signal signal) {
    if (!signal.under(TOPICS)) {
      return Optional.empty();
    }
    try {
      long room = signal.topic().equals(EVERYONE_TOPIC) ? EVERYONE : signal.topicId();
      return room < 0
          ? Optional.empty()
          : Optional.of(new ChatSignal(Kind.valueOf(signal.kind()), room, signal.subjectId()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
