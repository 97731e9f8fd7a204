package fr.passerelle.app.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as the caller may see it. */
public record ChatMessage(
    long id,
    long roomId,
    @Nullable Long authorId,
    String authorName,
    String body,
    MessageStatus status,
    Instant sentAt,
    boolean mine,
    boolean byPupil,
    @Nullable AttachmentInfo attachment) {}
