package fr.passerelle.app.territory;

/**
 * A declared accessibility need: what the school accommodates, never a diagnosis. Sensitive data:
 * shown only to the pupil, their parents, their teachers and their director, and every reading by
 * someone else than the pupil is audited.
 */
public enum Need {
  LARGE_PRINT,
  SCREEN_READER,
  HEARING_SUPPORT,
  SWITCH_ACCESS,
  READING_SUPPORT,
  ATTENTION_SUPPORT,
  SIMPLIFIED_CONTENT,
  REMOTE_ATTENDANCE
}
