package fr.passerelle.app.support;

/**
 * A request a feature's service refuses for what it holds (a date past its deadline, a file of the
 * wrong kind, a reply where none is allowed), with the bundle key and arguments of the text that
 * says why. Nothing was saved. Each feature has its own subclass, so its views catch only its own.
 */
public abstract class RefusedException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  protected RefusedException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** The bundle key of the text to show. */
  public String messageKey() {
    return messageKey;
  }

  /** The arguments that fill the text. */
  public Object[] arguments() {
    return arguments.clone();
  }
}
