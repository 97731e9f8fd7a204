package fr.passerelle.app.lessonbook;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a teacher writes: the class, the kind, the day of the lesson (or the day the work is given),
 * the due date of homework, a title and the text, the pupils it is for (empty: the whole class)
 * and, optionally, an easy-to-read version to send for review.
 */
public record EntryDraft(
    long classId,
    EntryKind kind,
    LocalDate date,
    @Nullable LocalDate dueDate,
    String title,
    String text,
    Set<Long> pupilIds,
    @Nullable String easyText) {

  public EntryDraft {
    pupilIds = Set.copyOf(pupilIds);
  }
}
