package fr.passerelle.app.inventory;

/** The kinds of assistive devices that can be lent to a pupil. */
public enum AssistiveKind {
  BRAILLE_DISPLAY,
  ADAPTED_KEYBOARD,
  SWITCH,
  MAGNIFIER,
  SPEECH_TABLET
}
