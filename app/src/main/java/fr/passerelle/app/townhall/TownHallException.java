package fr.passerelle.app.townhall;

import fr.passerelle.app.support.RefusedException;

/**
 * A request refused for what it holds (an empty menu, a day without canteen). {@link #messageKey()}
 * and {@link #arguments()} are the text to show; nothing was saved.
 */
public class TownHallException extends RefusedException {

  public TownHallException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
