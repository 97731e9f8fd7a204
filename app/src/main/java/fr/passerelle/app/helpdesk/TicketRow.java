package fr.passerelle.app.helpdesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One ticket in a list. */
public record TicketRow(
    long id,
    long schoolId,
    String schoolName,
    long deviceId,
    String deviceName,
    String title,
    TicketStatus status,
    int priority,
    String reporterName,
    @Nullable String technicianName,
    Instant createdAt,
    @Nullable Instant plannedAt) {}
