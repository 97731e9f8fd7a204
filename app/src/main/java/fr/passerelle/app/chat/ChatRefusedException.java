package fr.passerelle.app.chat;

/** The chat refused an action for a reason the person can be told (a translated text). */
public class ChatRefusedException extends RuntimeException {

  private final ChatRefusal reason;

  public ChatRefusedException(ChatRefusal reason) {
    super("Chat refused: " + reason);
    this.reason = reason;
  }

  public ChatRefusal reason() {
    return reason;
  }

  /** The bundle key of the text that explains it. */
  public String messageKey() {
    return reason.messageKey();
  }
}
