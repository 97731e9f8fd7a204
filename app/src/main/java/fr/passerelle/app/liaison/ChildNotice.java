package fr.passerelle.app.liaison;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notice as a parent sees it for one of their children: when they signed it (null: not yet) and
 * their own replies.
 */
public record ChildNotice(
    Notice notice, long childId, @Nullable Instant acknowledgedAt, List<Reply> myReplies) {

  public boolean acknowledged() {
    return acknowledgedAt != null;
  }
}
