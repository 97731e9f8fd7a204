package fr.passerelle.app.visio.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A stored session. */
public record SessionRow(
    long id,
    long classId,
    String roomName,
    String title,
    Instant startsAt,
    int durationMinutes,
    boolean weekly,
    boolean lobby,
    long createdBy,
    @Nullable Instant endedAt) {

  /** Its occurrences, weeks counted in the schools' zone. */
  public Occurrences occurrences(ZoneId zone) {
    return new Occurrences(startsAt, durationMinutes, weekly, endedAt, zone);
  }
}
