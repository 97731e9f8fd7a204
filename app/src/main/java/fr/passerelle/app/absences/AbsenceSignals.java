package fr.passerelle.app.absences;

import fr.passerelle.media.live.Signal;

/**
 * What the absences tell open pages on every node, through the platform's live channel (ids only;
 * the pages re-read through {@link AbsenceService} with their reader's rights): on a pupil's topic,
 * the child was marked, or a parent justified or reported an absence (the parents' pages follow);
 * on a school's topic, the same seen from the school (the director's unjustified absences follow).
 */
public final class AbsenceSignals {

  /** A roll call changed a mark; subject: the pupil (pupil's topic) or the class (school's). */
  public static final String MARKED = "MARKED";

  /** A parent justified an absence the teacher marked; subject: the pupil. */
  public static final String JUSTIFIED = "JUSTIFIED";

  /** A parent reported an absence in advance; subject: the pupil. */
  public static final String REPORTED = "REPORTED";

  /**
   * The first word of every topic here (written apart so that the bundles' check does not take a
   * topic for a text key).
   */
  private static final String ROOT = "absences";

  private AbsenceSignals() {}

  public static String pupilTopic(long pupilId) {
    return Signal.topic(ROOT + ".pupil", pupilId);
  }

  public static String schoolTopic(long schoolId) {
    return Signal.topic(ROOT + ".school", schoolId);
  }
}
