package fr.passerelle.app.classspace;

import fr.passerelle.app.support.RefusedException;

/**
 * A request the class space's rules refuse (an empty title, a file too big or of the wrong kind, an
 * image without its alternative text). {@link #messageKey()} and {@link #arguments()} are the text
 * to show; nothing was saved.
 */
public class ClassSpaceException extends RefusedException {

  public ClassSpaceException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
