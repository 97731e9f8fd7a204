package fr.passerelle.app.visio;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person's presence in a session, summed over their joins.
 *
 * @param lastLeft null while they are still in the room
 */
public record AttendanceLine(
    String name, Instant firstJoined, @Nullable Instant lastLeft, Duration duration, int joins) {}
