package fr.passerelle.app.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One parent's link to a child, with its state, for the director's view: {@code restriction} is the
 * restriction in force, null when the parent sees the child.
 */
public record GuardianLink(PersonName parent, long pupilId, @Nullable Restriction restriction) {

  public boolean restricted() {
    return restriction != null;
  }

  /** A restriction in force: when, by whom, and why (the reason is for directors only). */
  public record Restriction(long id, Instant at, PersonName by, @Nullable String reason) {}
}
