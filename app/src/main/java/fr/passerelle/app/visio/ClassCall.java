package fr.passerelle.app.visio;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A pupil's call to their class (visiophone). */
public record ClassCall(
    long id,
    long classId,
    String className,
    String pupilName,
    String state,
    Instant createdAt,
    @Nullable Long sessionId) {

  public boolean ringing() {
    return "RINGING".equals(state);
  }
}
