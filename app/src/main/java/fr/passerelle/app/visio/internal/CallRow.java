package fr.passerelle.app.visio.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A stored visiophone call. */
public record CallRow(
    long id,
    long classId,
    long pupilId,
    String state,
    Instant createdAt,
    @Nullable Long sessionId) {}
