package fr.passerelle.app.chat;

/** Where a message stands. */
public enum MessageStatus {
  /** Delivered to the room. */
  VISIBLE,
  /** Held by the word filter until a teacher releases it; only its author and moderators see it. */
  HELD,
  /** Hidden by a teacher; kept for the record, shown to moderators only. */
  HIDDEN
}
