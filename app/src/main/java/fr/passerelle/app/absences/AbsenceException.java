package fr.passerelle.app.absences;

import java.util.List;

/**
 * A request refused for what it holds (dates in the wrong order, a day in the future, nothing to
 * justify). {@link #messageKey()} and {@link #arguments()} are the text to show; nothing was saved.
 */
public class AbsenceException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public AbsenceException(String messageKey, Object... arguments) {
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
