package fr.passerelle.app.chat;

/**
 * Why the chat refused a message or an action; each has its text {@code chat.refused.<NAME>}. (Not
 * to be confused with {@code shell.Refusal}, the pages that say a route or a scope was refused.)
 */
public enum ChatRefusal {
  SUSPENDED(false),
  CLOSED(false),
  MUTED(false),
  RATE_LIMITED(false),
  EMPTY(false),
  TOO_LONG(false),
  NOT_ALLOWED(false),
  ATTACHMENT_TOO_LARGE(true),
  ATTACHMENT_EMPTY(true),
  ATTACHMENT_TYPE(true);

  private final boolean attachment;

  ChatRefusal(boolean attachment) {
    this.attachment = attachment;
  }

  /** Whether the file was refused (the typed text is fine): the page says it beside the file. */
  public boolean attachment() {
    return attachment;
  }

  /** The bundle key of the text that explains it. */
  public String messageKey() {
    return "chat.refused." + name();
  }
}
