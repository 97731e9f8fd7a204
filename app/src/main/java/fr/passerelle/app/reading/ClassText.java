package fr.passerelle.app.reading;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.territory.ClassSummary;
import java.util.stream.Collectors;

/**
 * The class's presentation text (its name, school, teachers and year: what the class view and a
 * pupil's home say about it), the first text of Passerelle with an easy-to-read version, under the
 * owner kind {@value #KIND} and the class's id. Lessons and homework attach theirs the same way.
 */
public final class ClassText {

  public static final String KIND = "class";

  private ClassText() {}

  public static EasyReadOwner owner(long classId) {
    return new EasyReadOwner(KIND, classId, classId);
  }

  /** The original text, in the language of the component's UI. */
  public static String original(Component in, ClassSummary summary) {
    String teachers =
        summary.teachers().stream().map(t -> t.full()).collect(Collectors.joining(", "));
    return in.getTranslation(
        "reading.classText",
        summary.name(),
        summary.schoolName(),
        teachers,
        summary.schoolYear(),
        summary.communeName());
  }
}
