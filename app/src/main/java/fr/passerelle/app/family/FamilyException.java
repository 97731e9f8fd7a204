package fr.passerelle.app.family;

import java.util.List;

/**
 * A request the family module refuses for what it holds (an address that is not one, a reason too
 * long). {@link #messageKey()} and {@link #arguments()} are the text to show; nothing was saved.
 */
public class FamilyException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public FamilyException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
