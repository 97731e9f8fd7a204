package fr.passerelle.app.territory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.territory.internal.DeclaredNeed;
import fr.passerelle.app.territory.internal.DeclaredNeedRepository;
import fr.passerelle.app.territory.internal.School;
import fr.passerelle.app.territory.internal.SchoolClass;
import fr.passerelle.app.territory.internal.SchoolClassRepository;
import fr.passerelle.app.territory.internal.SchoolRepository;
import fr.passerelle.app.territory.internal.Summaries;
import fr.passerelle.app.territory.internal.TerritoryAccess;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Classes as each caller may see them. */
@Service
@Transactional(readOnly = true)
public class ClassService {

  private final SchoolClassRepository classes;
  private final SchoolRepository schools;
  private final DeclaredNeedRepository needs;
  private final CurrentUser currentUser;
  private final People people;
  private final TerritoryAccess access;
  private final Summaries summaries;

  ClassService(
      SchoolClassRepository classes,
      SchoolRepository schools,
      DeclaredNeedRepository needs,
      CurrentUser currentUser,
      People people,
      TerritoryAccess access,
      Summaries summaries) {
    this.classes = classes;
    this.schools = schools;
    this.needs = needs;
    this.currentUser = currentUser;
    this.people = people;
    this.access = access;
    this.summaries = summaries;
  }

  /** The classes a teacher teaches. */
  @PreAuthorize("hasRole('TEACHER')")
  public List<ClassSummary> myClasses() {
    return summaries.of(classes.findByTeacher(currentUser.require().id()));
  }

  /** The classes of a school, for the people of that school, its commune and the territory. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL','DIRECTOR','TICE_REFERENT')")
  public List<ClassSummary> ofSchool(long schoolId) {
    Caller caller = currentUser.require();
    School school =
        schools
            .findById(schoolId)
            .filter(s -> access.toSchool(caller, s))
            .orElseThrow(() -> access.deny(caller, "school:" + schoolId));
    return summaries.of(classes.findBySchool(school.getId()));
  }

  /**
   * A class with as much of its list of pupils as the caller may see. Refused (and audited) when
   * the class is outside the caller's scope.
   */
  @PreAuthorize("isAuthenticated()")
  public ClassRoster roster(long classId) {
    Caller caller = currentUser.require();
    SchoolClass schoolClass =
        classes.findById(classId).orElseThrow(() -> access.deny(caller, "class:" + classId));
    ClassAccess level = access.toClass(caller, schoolClass);
    if (level == ClassAccess.NONE) {
      throw access.deny(caller, "class:" + classId);
    }
    List<RosterLine> lines = List.of();
    if (level.atLeast(ClassAccess.CLASSMATES)) {
      List<PersonName> pupils = people.names(schoolClass.getPupilIds());
      Map<Long, Set<Need>> declared = Map.of();
      if (level == ClassAccess.ROSTER_WITH_NEEDS) {
        declared = needsOf(schoolClass.getPupilIds());
        access.auditNeedsRead(caller, "class:" + classId);
      }
      Map<Long, Set<Need>> found = declared;
      lines =
          pupils.stream()
              .map(p -> new RosterLine(p, found.getOrDefault(p.id(), Set.of())))
              .toList();
    }
    return new ClassRoster(summaries.of(schoolClass), level, lines);
  }

  /**
   * A class's summary and how much of it the caller may see, without its pupils (so nothing
   * sensitive is read), for features whose texts belong to a class. Refused (and audited) when the
   * class is outside the caller's scope.
   */
  @PreAuthorize("isAuthenticated()")
  public ClassRoster scope(long classId) {
    Caller caller = currentUser.require();
    SchoolClass schoolClass =
        classes.findById(classId).orElseThrow(() -> access.deny(caller, "class:" + classId));
    ClassAccess level = access.toClass(caller, schoolClass);
    if (level == ClassAccess.NONE) {
      throw access.deny(caller, "class:" + classId);
    }
    return new ClassRoster(summaries.of(schoolClass), level, List.of());
  }

  /** The class of the calling pupil, if they are enrolled. */
  @PreAuthorize("hasRole('PUPIL')")
  public java.util.Optional<ClassSummary> myClass() {
    return classes.findByPupil(currentUser.require().id()).map(summaries::of);
  }

  /** Declared needs of these pupils. The caller's right to see them is checked before. */
  Map<Long, Set<Need>> needsOf(Set<Long> pupilIds) {
    if (pupilIds.isEmpty()) {
      return Map.of();
    }
    return needs.findByPupilIdIn(pupilIds).stream()
        .collect(
            Collectors.groupingBy(
                DeclaredNeed::getPupilId,
                Collectors.mapping(
                    DeclaredNeed::getNeed,
                    Collectors.toCollection(() -> EnumSet.noneOf(Need.class)))));
  }
}
