package fr.passerelle.app.classspace;

/**
 * A request the class space's rules refuse (an empty title, a file too big or of the wrong kind, an
 * image without its alternative text). {@link #messageKey()} and {@link #arguments()} are the text
 * to show; nothing was saved.
 */
public class ClassSpaceException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public ClassSpaceException(String messageKey, Object... arguments) {
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
