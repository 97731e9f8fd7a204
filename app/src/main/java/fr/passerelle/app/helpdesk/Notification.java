package fr.passerelle.app.helpdesk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An in-app notification: a bundle key and its arguments, translated when shown. */
public record Notification(
    long id,
    Instant createdAt,
    String key,
    List<String> arguments,
    @Nullable Long ticketId,
    boolean read) {}
