package fr.passerelle.app.helpdesk;

import java.util.List;

/** A request the helpdesk refuses, with the bundle key of the reason and its arguments. */
public class HelpdeskException extends RuntimeException {

  private final String key;
  private final List<Object> arguments;

  public HelpdeskException(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
