package fr.passerelle.app.chat;

import org.jspecify.annotations.Nullable;

/**
 * A room as the caller sees it: whether they moderate it, whether it is closed, and for a class
 * room whether classmates may write to each other privately.
 */
public record RoomDetails(
    long id,
    RoomKind kind,
    String title,
    boolean closed,
    boolean moderator,
    boolean classmatesMayWrite,
    @Nullable Long classId,
    int maxLength) {}
