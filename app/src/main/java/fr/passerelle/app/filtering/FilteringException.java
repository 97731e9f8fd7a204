package fr.passerelle.app.filtering;

/** Input the filtering refuses; the message is a bundle key (with its parameters). */
public class FilteringException extends RuntimeException {

  private final transient Object[] params;

  public FilteringException(String key, Object... params) {
    super(key);
    this.params = params;
  }

  public String key() {
    return getMessage();
  }

  public Object[] params() {
    return params.clone();
  }
}
