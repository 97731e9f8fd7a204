package fr.passerelle.media.chat;

import java.util.Optional;

/**
 * What happened in a chat, as ids only: a node that receives it reads the rest from the database,
 * so nothing private travels through the notification channel and nothing stale is shown.
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

  public static ChatSignal everyone(Kind kind) {
    return new ChatSignal(kind, EVERYONE, 0);
  }

  /** The notification payload: the sending node, then the ids. */
  public String encode(String origin) {
    return origin + ":" + kind.name() + ":" + roomId + ":" + subjectId;
  }

  /** A received payload; empty when it is not one of ours. */
  public static Optional<Received> decode(String payload) {
    String[] parts = payload.split(":");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Received(
              parts[0],
              new ChatSignal(
                  Kind.valueOf(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A signal and the node it came from. */
  public record Received(String origin, ChatSignal signal) {}
}
