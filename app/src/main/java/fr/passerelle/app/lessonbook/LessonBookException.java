package fr.passerelle.app.lessonbook;

import fr.passerelle.app.support.RefusedException;

/**
 * A request the lesson book refuses for what it holds (an empty text, a due date before the day, an
 * empty, too large or unaccepted file). {@link #messageKey()} and {@link #arguments()} are the text
 * to show; nothing was saved.
 */
public class LessonBookException extends RefusedException {

  public LessonBookException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
