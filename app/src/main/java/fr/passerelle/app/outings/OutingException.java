package fr.passerelle.app.outings;

import java.util.List;

/**
 * A request refused for what it holds (an empty title, a return before the departure, an answer
 * after the answer date). {@link #messageKey()} and {@link #arguments()} are the text to show;
 * nothing was saved.
 */
public class OutingException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public OutingException(String messageKey, Object... arguments) {
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
