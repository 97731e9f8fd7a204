package fr.passerelle.media.live;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something happened, as names and an id only: a node that receives it reads the rest from the
 * database with the reader's own rights, so nothing private travels through the channel and nothing
 * stale is shown.
 *
 * @param topic who may care, as dot-separated words ("chat.room.12", "profile.pupil.42")
 * @param kind what happened ("MESSAGE", "CALLED", "CHANGED")
 * @param subjectId the thing it happened to (a message, an account), or 0
 */
public record Signal(String topic, String kind, long subjectId) {

  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9._-]{0,119}");
  private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  public Signal {
    if (!TOPIC.matcher(topic).matches()) {
      throw new IllegalArgumentException("Not a topic: " + topic);
    }
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("Not a kind: " + kind);
    }
  }

  /** A topic made of words and an id: {@code topic("chat.room", 12)} is "chat.room.12". */
  public static String topic(String prefix, long id) {
    return prefix + "." + id;
  }

  /** A topic of two words and an id: {@code topic("visio", "class", 12)} is "visio.class.12". */
  public static String topic(String feature, String subject, long id) {
    return feature + "." + subject + "." + id;
  }

  /** A topic of two words: {@code topic("chat", "everyone")} is "chat.everyone". */
  public static String topic(String feature, String subject) {
    return feature + "." + subject;
  }

  /** Whether this signal's topic is the given one or lies under it ("chat" holds "chat.room.1"). */
  public boolean under(String prefix) {
    return topic.equals(prefix) || topic.startsWith(prefix + ".");
  }

  /** The id that ends the topic ("chat.room.12" gives 12), or -1. */
  public long topicId() {
    int dot = topic.lastIndexOf('.');
    try {
      return dot < 0 ? -1 : Long.parseLong(topic.substring(dot + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The notification payload: sending node, log id, topic, kind, subject. */
  String encode(String origin, long logId) {
    return origin + "|" + logId + "|" + topic + "|" + kind + "|" + subjectId;
  }

  /** A received payload; empty when it is not one of ours. */
  static Optional<Received> decode(String payload) {
    String[] parts = payload.split("\\|");
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Received(
              parts[0],
              Long.parseLong(parts[1]),
              new Signal(parts[2], parts[3], Long.parseLong(parts[4]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A signal, the node it came from and its id in the signal log. */
  record Received(String origin, long logId, Signal signal) {}
}
