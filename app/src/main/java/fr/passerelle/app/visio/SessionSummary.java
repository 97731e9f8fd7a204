package fr.passerelle.app.visio;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session as lists show it.
 *
 * @param next the start of the current or next occurrence, null when none is left
 * @param live whether people may join now
 */
public record SessionSummary(
    long id,
    long classId,
    String className,
    String title,
    @Nullable Instant next,
    int durationMinutes,
    boolean weekly,
    boolean live) {}
