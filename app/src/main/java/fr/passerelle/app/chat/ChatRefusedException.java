package fr.passerelle.app.chat;

/** The chat refused an action for a reason the person can be told (a translated text). */
public class ChatRefusedException extends RuntimeException {

  private final Refusal reason;

  public ChatRefusedException(Refusal reason) {
    super("Chat refused: " + reason);
    this.reason = reason;
  }

  public Refusal reason() {
    return reason;
  }

  /** The bundle key of the text that explains it. */
  public String messageKey() {
    return "chat.refused." + reason.name();
  }
}
