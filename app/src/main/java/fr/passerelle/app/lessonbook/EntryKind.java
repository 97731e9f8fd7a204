package fr.passerelle.app.lessonbook;

/** What was done in class (dated), or work to do (with a due date). */
public enum EntryKind {
  LESSON,
  HOMEWORK;

  /** The owner kind of the entry's easy-to-read version ({@code lesson}, {@code homework}). */
  public String easyReadKind() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
