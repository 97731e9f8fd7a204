package fr.passerelle.app.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One easy-to-read version of a text, as the UI shows it. */
public record EasyReadVersion(
    long id,
    EasyReadOwner owner,
    String text,
    EasyReadStatus status,
    long authorId,
    String authorName,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String reviewerName,
    @Nullable Instant reviewedAt,
    @Nullable String reviewComment) {}
