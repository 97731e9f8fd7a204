package fr.passerelle.app.skills;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.skills.internal.SkillStore;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital skills of pupils.
 *
 * <ul>
 *   <li><b>Validate</b>: a teacher of the pupil's class only, a level of the framework, on a date
 *       not in the future, with an optional comment. Every validation is kept (the history); the
 *       latest date gives the level. Audited.
 *   <li><b>Read a pupil's progress and history</b>: the pupil themself, their parents, the teachers
 *       of their class, the director of their school.
 *   <li><b>Class overview and list of pupils</b>: the class's teachers and its school's director.
 * </ul>
 *
 * Everyone else is refused, and the refusal is audited.
 */
@Service
@Transactional(readOnly = true)
public class SkillsService {

  /** The longest comment, in characters. */
  public static final int MAX_COMMENT = 500;

  private final SkillStore store;
  private final Scope scope;
  private final Memberships memberships;
  private final People people;
  private final AuditLog audit;
  private final SchoolTime time;

  SkillsService(
      SkillStore store,
      Scope scope,
      Memberships memberships,
      People people,
      AuditLog audit,
      SchoolTime time) {
    this.store = store;
    this.scope = scope;
    this.memberships = memberships;
    this.people = people;
    this.audit = audit;
    this.time = time;
  }

  /** The framework: five areas, sixteen competences, the levels of primary school. */
  @PreAuthorize("isAuthenticated()")
  public Framework framework() {
    return store.framework();
  }

  /** Whether the caller may validate levels for this pupil (a teacher of their class). */
  @PreAuthorize("isAuthenticated()")
  public boolean mayValidate(long pupilId) {
    return teachesPupil(scope.caller(), pupilId).isPresent();
  }

  /** Records a level for a pupil in a competence. Audited. */
  @PreAuthorize("hasRole('TEACHER')")
  @Transactional
  public Validation validate(
      long pupilId, String code, int level, @Nullable LocalDate on, @Nullable String comment) {
    Caller caller = scope.caller();
    long classId =
        teachesPupil(caller, pupilId).orElseThrow(() -> deny(caller, "pupil:" + pupilId));
    Framework framework = store.framework();
    if (framework.competences().stream().noneMatch(c -> c.code().equals(code))) {
      throw new SkillsException("skills.error.competence");
    }
    if (framework.levels().stream().noneMatch(l -> l.level() == level)) {
      throw new SkillsException("skills.error.level");
    }
    if (on == null) {
      throw new SkillsException("skills.error.dateNeeded");
    }
    if (on.isAfter(time.today())) {
      throw new SkillsException("skills.error.future");
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > MAX_COMMENT) {
      throw new SkillsException("skills.error.commentTooLong");
    }
    long id = store.insert(pupilId, code, level, on, text, caller.id(), classId, time.now());
    audit.record(
        AuditKind.SKILL_VALIDATED,
        caller.username(),
        null,
        "pupil:" + pupilId,
        "competence " + code + " level " + level + " on " + on + " (validation " + id + ")");
    return store.find(id).orElseThrow();
  }

  /** A pupil's progress, for the people who may follow them. */
  @PreAuthorize("hasAnyRole('PUPIL','PARENT','TEACHER','DIRECTOR')")
  public SkillProgress progress(long pupilId) {
    Caller caller = scope.caller();
    checkMayRead(caller, pupilId);
    return progressOf(pupilId);
  }

  /** The calling pupil's own progress. */
  @PreAuthorize("hasRole('PUPIL')")
  public SkillProgress myProgress() {
    return progressOf(scope.caller().id());
  }

  /** The progress of each of the calling parent's children, by first name. */
  @PreAuthorize("hasRole('PARENT')")
  public List<SkillProgress> childrenProgress() {
    Caller caller = scope.caller();
    return people.names(scope.children(caller)).stream()
        .sorted(Comparator.comparing(PersonName::firstName))
        .map(child -> progressOf(child.id()))
        .toList();
  }

  /** A pupil's validations, newest first. */
  @PreAuthorize("hasAnyRole('PUPIL','PARENT','TEACHER','DIRECTOR')")
  public List<Validation> history(long pupilId, int offset, int limit) {
    checkMayRead(scope.caller(), pupilId);
    return store.history(pupilId, Math.max(0, offset), Math.max(1, limit));
  }

  @PreAuthorize("hasAnyRole('PUPIL','PARENT','TEACHER','DIRECTOR')")
  public int countHistory(long pupilId) {
    checkMayRead(scope.caller(), pupilId);
    return store.countHistory(pupilId);
  }

  /** Per competence, how many pupils of the class stand at each level. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public ClassOverview overview(long classId) {
    Caller caller = scope.caller();
    checkMayFollowClass(caller, classId);
    Framework framework = store.framework();
    Set<Long> pupils = memberships.pupilsOf(classId);
    Map<Long, Map<String, Integer>> levels = store.latestLevels(pupils);
    int top = framework.levels().stream().mapToInt(SkillLevel::level).max().orElse(0);
    List<CompetenceCount> rows = new ArrayList<>();
    for (Competence competence : framework.competences()) {
      Integer[] counts = new Integer[top + 1];
      java.util.Arrays.fill(counts, 0);
      for (long pupil : pupils) {
        int level = levels.getOrDefault(pupil, Map.of()).getOrDefault(competence.code(), 0);
        counts[level]++;
      }
      rows.add(new CompetenceCount(competence, List.of(counts)));
    }
    return new ClassOverview(
        classId,
        memberships.classLabel(classId).orElse(""),
        pupils.size(),
        framework.levels(),
        rows);
  }

  /** The pupils of a class by name, a page at a time, with how many competences have a level. */
  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public List<PupilLine> pupils(long classId, int offset, int limit) {
    Caller caller = scope.caller();
    checkMayFollowClass(caller, classId);
    List<PersonName> page =
        people.names(memberships.pupilsOf(classId)).stream()
            .skip(Math.max(0, offset))
            .limit(Math.max(1, limit))
            .toList();
    Map<Long, Map<String, Integer>> levels =
        store.latestLevels(page.stream().map(PersonName::id).toList());
    return page.stream()
        .map(p -> new PupilLine(p, levels.getOrDefault(p.id(), Map.of()).size()))
        .toList();
  }

  @PreAuthorize("hasAnyRole('TEACHER','DIRECTOR')")
  public int countPupils(long classId) {
    checkMayFollowClass(scope.caller(), classId);
    return memberships.pupilsOf(classId).size();
  }

  private SkillProgress progressOf(long pupilId) {
    Framework framework = store.framework();
    Map<String, Validation> latest = store.latest(pupilId);
    PersonName name =
        people.names(List.of(pupilId)).stream()
            .findFirst()
            .orElseThrow(() -> scope.deny(scope.caller(), "pupil:" + pupilId));
    List<CompetenceState> states =
        framework.competences().stream()
            .map(c -> new CompetenceState(c, latest.get(c.code())))
            .toList();
    int top = framework.levels().stream().mapToInt(SkillLevel::level).max().orElse(0);
    return new SkillProgress(name, states, top);
  }

  /** The class of the pupil when the caller teaches it. */
  private Optional<Long> teachesPupil(Caller caller, long pupilId) {
    if (!people.hasRole(pupilId, Role.PUPIL)) {
      return Optional.empty();
    }
    return memberships.classOfPupil(pupilId).filter(c -> scope.teaches(caller, c));
  }

  private void checkMayRead(Caller caller, long pupilId) {
    if (!people.hasRole(pupilId, Role.PUPIL)) {
      throw deny(caller, "pupil:" + pupilId);
    }
    if (caller.has(Role.PUPIL) && scope.isSelf(caller, pupilId)
        || scope.isGuardianOf(caller, pupilId)) {
      return;
    }
    Optional<Long> classId = memberships.classOfPupil(pupilId);
    if (classId.isPresent() && scope.teachesOrDirects(caller, classId.get())) {
      return;
    }
    throw deny(caller, "pupil:" + pupilId);
  }

  /** A teacher of the class or the director of its school. */
  private void checkMayFollowClass(Caller caller, long classId) {
    if (!scope.teachesOrDirects(caller, classId)) {
      throw deny(caller, "class:" + classId);
    }
  }

  private ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target, "skills: outside scope");
  }
}
