package fr.passerelle.app.liaison;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A notice to post.
 *
 * @param classId the class, or null for the whole school (directors only)
 * @param pupilIds some families of the class, by their child; empty for the whole class
 * @param repliesAllowed whether parents may reply
 */
public record NoticeDraft(
    @Nullable Long classId, Set<Long> pupilIds, String title, String text, boolean repliesAllowed) {

  public NoticeDraft {
    pupilIds = Set.copyOf(pupilIds);
  }
}
