package fr.passerelle.app.visio;

import fr.passerelle.media.live.Signal;

/**
 * What the visio tells open pages on every node, through the platform's live channel (ids only): on
 * a class's topic, a session is live or a pupil calls (the teachers' homes ring) or a call was
 * answered; on a pupil's topic, the answer to their call.
 */
public final class VisioSignals {

  /** A session of the class can be joined now; subject: the session. */
  public static final String LIVE = "LIVE";

  /** A pupil of the class calls it; subject: the call. */
  public static final String CALLED = "CALLED";

  /** A call was answered (accepted or declined); subject: the call. */
  public static final String ANSWERED = "ANSWERED";

  /** On the pupil's topic: their call was declined; subject: the call. */
  public static final String DECLINED = "DECLINED";

  private VisioSignals() {}

  public static String classTopic(long classId) {
    return Signal.topic("visio", "class", classId);
  }

  public static String pupilTopic(long pupilId) {
    return Signal.topic("visio", "pupil", pupilId);
  }
}
