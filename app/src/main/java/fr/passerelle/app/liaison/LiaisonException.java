package fr.passerelle.app.liaison;

/** A notice or a reply the service refuses, with the bundle key that says why. */
public class LiaisonException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public LiaisonException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
