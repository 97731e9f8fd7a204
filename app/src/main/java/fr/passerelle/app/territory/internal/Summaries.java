package fr.passerelle.app.territory.internal;

import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.territory.ClassSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns classes into the records the UI gets, with teachers' names fetched in one query. */
@Component
public class Summaries {

  private final People people;

  Summaries(People people) {
    this.people = people;
  }

  public List<ClassSummary> of(Collection<SchoolClass> classes) {
    List<Long> teacherIds =
        classes.stream().flatMap(c -> c.getTeacherIds().stream()).distinct().toList();
    Map<Long, PersonName> names =
        people.names(teacherIds).stream()
            .collect(Collectors.toMap(PersonName::id, Function.identity()));
    return classes.stream()
        .map(
            c ->
                new ClassSummary(
                    c.getId(),
                    c.getName(),
                    c.getLevel(),
                    c.getSchoolYear(),
                    c.getSchool().getId(),
                    c.getSchool().getName(),
                    c.getSchool().getCommune().getName(),
                    c.getTeacherIds().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparing(PersonName::lastName))
                        .toList(),
                    c.getPupilIds().size()))
        .toList();
  }

  public ClassSummary of(SchoolClass schoolClass) {
    return of(List.of(schoolClass)).getFirst();
  }
}
