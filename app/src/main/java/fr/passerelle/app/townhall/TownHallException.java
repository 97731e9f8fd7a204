package fr.passerelle.app.townhall;

import java.util.List;

/**
 * A request refused for what it holds (an empty menu, a day without canteen). {@link #messageKey()}
 * and {@link #arguments()} are the text to show; nothing was saved.
 */
public class TownHallException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public TownHallException(String messageKey, Object... arguments) {
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
