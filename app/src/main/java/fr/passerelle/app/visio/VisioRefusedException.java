package fr.passerelle.app.visio;

import org.springframework.security.access.AccessDeniedException;

/**
 * Someone may not join or manage this session: no token is issued. Carries the key of the clear,
 * translated message the view shows.
 */
public class VisioRefusedException extends AccessDeniedException {

  private final String messageKey;

  public VisioRefusedException(String messageKey, String detail) {
    super(detail);
    this.messageKey = messageKey;
  }

  /** A scope refusal ({@code Scope.deny}, audited there) told with a translated message. */
  public VisioRefusedException(String messageKey, AccessDeniedException refusal) {
    super(refusal.getMessage(), refusal);
    this.messageKey = messageKey;
  }

  /** The bundle key of the message for the person refused. */
  public String messageKey() {
    return messageKey;
  }
}
