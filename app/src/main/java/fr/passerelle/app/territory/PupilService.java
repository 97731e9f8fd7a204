package fr.passerelle.app.territory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.internal.SchoolClass;
import fr.passerelle.app.territory.internal.SchoolClassRepository;
import fr.passerelle.app.territory.internal.Summaries;
import fr.passerelle.app.territory.internal.TerritoryAccess;
import fr.passerelle.app.territory.internal.TerritoryAccess.PupilAccess;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pupils as their parents, teachers, director or they themselves may see them. */
@Service
@Transactional(readOnly = true)
public class PupilService {

  private final SchoolClassRepository classes;
  private final ClassService classService;
  private final CurrentUser currentUser;
  private final People people;
  private final TerritoryAccess access;
  private final Summaries summaries;

  PupilService(
      SchoolClassRepository classes,
      ClassService classService,
      CurrentUser currentUser,
      People people,
      TerritoryAccess access,
      Summaries summaries) {
    this.classes = classes;
    this.classService = classService;
    this.currentUser = currentUser;
    this.people = people;
    this.access = access;
    this.summaries = summaries;
  }

  /** A parent's children, with their class and teachers; needs stay on each child's page. */
  @PreAuthorize("hasRole('PARENT')")
  public List<PupilCard> myChildren() {
    Caller caller = currentUser.require();
    return people.names(people.childrenOf(caller.id())).stream()
        .sorted(java.util.Comparator.comparing(PersonName::firstName))
        .map(child -> card(child, false, Set.of()))
        .toList();
  }

  /**
   * One pupil. Refused (and audited) outside the caller's scope; declared needs only for the pupil,
   * their parents, their teachers and their director, and audited when someone else reads them.
   */
  @PreAuthorize("hasAnyRole('PUPIL','PARENT','TEACHER','DIRECTOR','ADMIN')")
  public PupilCard pupil(long pupilId) {
    Caller caller = currentUser.require();
    List<PersonName> found =
        people.hasRole(pupilId, Role.PUPIL) ? people.names(List.of(pupilId)) : List.of();
    if (found.isEmpty()) {
      throw access.deny(caller, "pupil:" + pupilId);
    }
    SchoolClass pupilClass = classes.findByPupil(pupilId).orElse(null);
    PupilAccess level = access.toPupil(caller, pupilId, pupilClass);
    if (level == PupilAccess.NONE) {
      throw access.deny(caller, "pupil:" + pupilId);
    }
    boolean withNeeds = level == PupilAccess.PROFILE_WITH_NEEDS;
    Set<Need> needs = Set.of();
    if (withNeeds) {
      needs = classService.needsOf(Set.of(pupilId)).getOrDefault(pupilId, Set.of());
      if (caller.id() != pupilId) {
        access.auditNeedsRead(caller, "pupil:" + pupilId);
      }
    }
    return card(found.getFirst(), pupilClass, withNeeds, needs);
  }

  private PupilCard card(PersonName pupil, boolean needsShown, Set<Need> needs) {
    return card(pupil, classes.findByPupil(pupil.id()).orElse(null), needsShown, needs);
  }

  private PupilCard card(
      PersonName pupil, SchoolClass pupilClass, boolean needsShown, Set<Need> needs) {
    ClassSummary schoolClass = pupilClass == null ? null : summaries.of(pupilClass);
    return new PupilCard(
        pupil, schoolClass, people.names(people.guardiansOf(pupil.id())), needs, needsShown);
  }
}
