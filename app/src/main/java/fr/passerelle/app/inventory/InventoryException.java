package fr.passerelle.app.inventory;

import java.util.List;

/** A request the inventory refuses, with the bundle key of the reason and its arguments. */
public class InventoryException extends RuntimeException {

  private final String key;
  private final List<Object> arguments;

  public InventoryException(String key, Object... arguments) {
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
