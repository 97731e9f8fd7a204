package fr.passerelle.app.schoollife;

import java.util.List;

/**
 * A request the lesson book refuses for what it holds (an empty text, a due date before the day, an
 * empty, too large or unaccepted file). {@link #messageKey()} and {@link #arguments()} are the text
 * to show; nothing was saved.
 */
public class LessonBookException extends RuntimeException {

  private final String messageKey;
  private final List<Object> arguments;

  public LessonBookException(String messageKey, Object... arguments) {
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
