package fr.passerelle.app.family;

import fr.passerelle.app.support.RefusedException;

/**
 * A request the family module refuses for what it holds (an address that is not one, a reason too
 * long). {@link #messageKey()} and {@link #arguments()} are the text to show; nothing was saved.
 */
public class FamilyException extends RefusedException {

  public FamilyException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
