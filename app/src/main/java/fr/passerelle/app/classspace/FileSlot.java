package fr.passerelle.app.classspace;

/** Which of a resource's files: the resource itself, its large-print PDF, its audio description. */
public enum FileSlot {
  MAIN,
  LARGE_PRINT,
  AUDIO_DESCRIPTION
}
