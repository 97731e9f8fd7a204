package fr.passerelle.app.chat;

import java.time.Instant;

/** A message a moderator has to look at: reported by someone, or held by the word filter. */
public record ReviewItem(
    long messageId,
    long roomId,
    String roomTitle,
    String authorName,
    String body,
    MessageStatus status,
    Instant sentAt,
    long reports) {}
