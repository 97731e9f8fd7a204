package fr.passerelle.app.skills;

/**
 * A validation the rules refuse (unknown competence or level, a date in the future, a comment too
 * long). {@link #messageKey()} is the text to show.
 */
public class SkillsException extends RuntimeException {

  private final String messageKey;

  public SkillsException(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
