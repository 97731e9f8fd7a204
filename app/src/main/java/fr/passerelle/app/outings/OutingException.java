package fr.passerelle.app.outings;

import fr.passerelle.app.support.RefusedException;

/**
 * A request refused for what it holds (an empty title, a return before the departure, an answer
 * after the answer date). {@link #messageKey()} and {@link #arguments()} are the text to show;
 * nothing was saved.
 */
public class OutingException extends RefusedException {

  public OutingException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
