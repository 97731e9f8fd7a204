package fr.passerelle.app.chat;

/** What a room is for. */
public enum RoomKind {
  /** The room of a class: its pupils and its teachers. */
  CLASS,
  /** The room of a visio session: the people the visio module named. */
  VISIO,
  /** A conversation between two people. */
  PRIVATE
}
