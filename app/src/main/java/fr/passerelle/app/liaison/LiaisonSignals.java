package fr.passerelle.app.liaison;

import fr.passerelle.media.live.Signal;
import org.jspecify.annotations.Nullable;

/**
 * What the liaison book tells open pages on every node, through the platform's live channel (ids
 * only; the pages re-read through {@link LiaisonService} with their reader's rights):
 *
 * <ul>
 *   <li>a notice posted, on its audience's topic (the class's, or the school's for a notice to the
 *       whole school): the parents' child cards and liaison pages show it;
 *   <li>a family signed or replied, on the author's topic and on the notice's: the author's "X/Y"
 *       and the notice's detail follow; a reminder sent, on the notice's topic.
 * </ul>
 */
public final class LiaisonSignals {

  /** A notice was posted to the class or the school; subject: the notice. */
  public static final String POSTED = "POSTED";

  /** A parent signed the notice ("J’ai lu"); subject: the notice. */
  public static final String SIGNED = "SIGNED";

  /** A parent replied to the notice; subject: the notice. */
  public static final String REPLIED = "REPLIED";

  /** The author reminded the families missing; subject: the notice. */
  public static final String REMINDED = "REMINDED";

  /**
   * The first word of every topic here (written apart so that the bundles' check does not take a
   * topic for a text key).
   */
  private static final String ROOT = "liaison";

  private LiaisonSignals() {}

  public static String classTopic(long classId) {
    return Signal.topic(ROOT + ".class", classId);
  }

  public static String schoolTopic(long schoolId) {
    return Signal.topic(ROOT + ".school", schoolId);
  }

  /** Where a notice is posted: its class's topic, or its school's for the whole school. */
  public static String audienceTopic(long schoolId, @Nullable Long classId) {
    return classId == null ? schoolTopic(schoolId) : classTopic(classId);
  }

  /** The signatures and replies to every notice of an author. */
  public static String authorTopic(long authorId) {
    return Signal.topic(ROOT + ".author", authorId);
  }

  /** The signatures, replies and reminders of one notice. */
  public static String noticeTopic(long noticeId) {
    return Signal.topic(ROOT + ".notice", noticeId);
  }
}
