package fr.passerelle.app.lessonbook;

import fr.passerelle.app.reading.EasyReadOwner;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the lesson book as the caller may see it. {@code pupilIds} is empty for the whole
 * class, and shown to teachers only (a pupil sees their own id there at most); {@code done} is the
 * calling pupil's mark (false for anyone else).
 */
public record Entry(
    long id,
    long classId,
    String className,
    EntryKind kind,
    LocalDate date,
    @Nullable LocalDate dueDate,
    String title,
    String text,
    boolean wholeClass,
    Set<Long> pupilIds,
    List<EntryFile> files,
    boolean done) {

  /** The owner of this entry's easy-to-read version in the reading module. */
  public EasyReadOwner easyReadOwner() {
    return new EasyReadOwner(kind.easyReadKind(), id, classId);
  }
}
