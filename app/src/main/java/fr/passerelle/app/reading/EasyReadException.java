package fr.passerelle.app.reading;

/**
 * A request the rules of easy-to-read versions refuse (empty or too long text, wrong step, the
 * author reviewing their own text). {@link #messageKey()} is the text to show.
 */
public class EasyReadException extends RuntimeException {

  private final String messageKey;

  public EasyReadException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
