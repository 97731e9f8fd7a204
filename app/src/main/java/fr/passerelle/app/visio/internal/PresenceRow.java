package fr.passerelle.app.visio.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stay of one occupant in a session's room. */
public record PresenceRow(
    String occupantId, String displayName, Instant joinedAt, @Nullable Instant leftAt) {}
