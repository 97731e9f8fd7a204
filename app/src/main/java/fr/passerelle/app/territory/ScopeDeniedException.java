package fr.passerelle.app.territory;

import org.springframework.security.access.AccessDeniedException;

/** The caller's role may use the feature, but not on this class, pupil or school. */
public class ScopeDeniedException extends AccessDeniedException {

  public ScopeDeniedException(String target) {
    super("Outside the caller's scope: " + target);
  }
}
