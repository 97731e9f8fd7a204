package fr.passerelle.app.visio;

import java.util.Set;

/** What the visio tells the rest of the application (published after commit). */
public final class VisioEvents {

  private VisioEvents() {}

  /** A session of a class can be joined now. */
  public record SessionLive(long sessionId, long classId) {}

  /** A pupil calls their class: its teachers' screens ring. */
  public record ClassCalled(long callId, long classId, String pupilName, Set<Long> teacherIds) {}

  /** A teacher answered (or the pupil hung up): the pupil's screen shows it. */
  public record CallAnswered(long callId, long pupilId, String state) {}
}
