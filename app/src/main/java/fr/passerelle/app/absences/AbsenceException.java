package fr.passerelle.app.absences;

import fr.passerelle.app.support.RefusedException;

/**
 * A request refused for what it holds (dates in the wrong order, a day in the future, nothing to
 * justify). {@link #messageKey()} and {@link #arguments()} are the text to show; nothing was saved.
 */
public class AbsenceException extends RefusedException {

  public AbsenceException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
