package fr.passerelle.app.liaison;

import fr.passerelle.app.support.RefusedException;

/** A notice or a reply the service refuses, with the bundle key that says why. */
public class LiaisonException extends RefusedException {

  public LiaisonException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
