package fr.passerelle.app.chat;

/** A room in the caller's list, with how many messages they have not read yet. */
public record RoomSummary(long id, RoomKind kind, String title, long unread, boolean closed) {}
