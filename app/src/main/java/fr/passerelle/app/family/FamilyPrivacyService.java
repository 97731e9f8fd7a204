package fr.passerelle.app.family;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.GuardianLink;
import fr.passerelle.app.identity.Guardianships;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separated parents: a director records that one parent must no longer see a child of their school,
 * and lifts it. While it is in force, {@link People} leaves the link out, so every feature follows
 * at once. Only the directors of the child's school see the links, record and lift; others are
 * refused and audited. Recording and lifting are audited; the reason stays out of the audit log (it
 * is read only in the director's view).
 */
@Service
@Transactional(readOnly = true)
public class FamilyPrivacyService {

  public static final int MAX_REASON = 500;
  public static final int MAX_RESULTS = 20;

  private final Guardianships guardianships;
  private final People people;
  private final Memberships memberships;
  private final Scope scope;
  private final AuditLog audit;
  private final SchoolTime time;

  FamilyPrivacyService(
      Guardianships guardianships,
      People people,
      Memberships memberships,
      Scope scope,
      AuditLog audit,
      SchoolTime time) {
    this.guardianships = guardianships;
    this.people = people;
    this.memberships = memberships;
    this.scope = scope;
    this.audit = audit;
    this.time = time;
  }

  /** Pupils of the caller's school whose name contains the words searched (accents ignored). */
  @PreAuthorize("hasRole('DIRECTOR')")
  public List<PupilChoice> search(String query) {
    Caller caller = scope.caller();
    Long school = caller.schoolId();
    String wanted = plain(query);
    if (school == null || wanted.isBlank()) {
      return List.of();
    }
    List<PupilChoice> found = new ArrayList<>();
    for (long classId : memberships.classesOfSchool(school)) {
      String label = memberships.classLabel(classId).orElse("");
      int dash = label.indexOf(" – ");
      String className = dash < 0 ? label : label.substring(0, dash);
      for (PersonName pupil : people.names(memberships.pupilsOf(classId))) {
        String name = plain(pupil.full());
        String reversed = plain(pupil.lastName() + " " + pupil.firstName());
        if (name.contains(wanted) || reversed.contains(wanted)) {
          found.add(new PupilChoice(pupil, className));
        }
      }
    }
    return found.stream()
        .sorted(
            Comparator.comparing((PupilChoice c) -> c.pupil().lastName())
                .thenComparing(c -> c.pupil().firstName()))
        .limit(MAX_RESULTS)
        .toList();
  }

  /** A pupil of the caller's school, by id. */
  @PreAuthorize("hasRole('DIRECTOR')")
  public PersonName pupil(long pupilId) {
    Caller caller = scope.caller();
    requireSchool(caller, pupilId, "pupil:" + pupilId);
    return people.names(List.of(pupilId)).getFirst();
  }

  /** Every parent linked to a pupil of the caller's school, with the restriction in force. */
  @PreAuthorize("hasRole('DIRECTOR')")
  public List<GuardianLink> links(long pupilId) {
    Caller caller = scope.caller();
    requireSchool(caller, pupilId, "pupil:" + pupilId);
    return guardianships.allLinksOf(pupilId);
  }

  /** Records that this parent must no longer see this child, with an optional reason. */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public void restrict(long pupilId, long parentId, @Nullable String reason) {
    Caller caller = scope.caller();
    String target = target(pupilId, parentId);
    requireSchool(caller, pupilId, target);
    scope.require(guardianships.isLinked(parentId, pupilId), caller, target);
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw new FamilyException("family.error.reasonTooLong", MAX_REASON);
    }
    if (guardianships.restrictionOf(parentId, pupilId).isPresent()) {
      return;
    }
    guardianships.restrict(parentId, pupilId, caller.id(), why.isEmpty() ? null : why, time.now());
    audit.record(AuditKind.GUARDIAN_RESTRICTED, caller.username(), null, target, null);
  }

  /** Lifts the restriction on this parent's link: they see the child again. */
  @PreAuthorize("hasRole('DIRECTOR')")
  @Transactional
  public void lift(long pupilId, long parentId) {
    Caller caller = scope.caller();
    String target = target(pupilId, parentId);
    requireSchool(caller, pupilId, target);
    if (guardianships.lift(parentId, pupilId, caller.id(), time.now())) {
      audit.record(AuditKind.GUARDIAN_UNRESTRICTED, caller.username(), null, target, null);
    }
  }

  private static String target(long pupilId, long parentId) {
    return "pupil:" + pupilId + " parent:" + parentId;
  }

  /** The director of the pupil's school, refused under the target the caller asked about. */
  private void requireSchool(Caller caller, long pupilId, String target) {
    boolean directs =
        memberships
            .classOfPupil(pupilId)
            .flatMap(memberships::schoolOfClass)
            .filter(school -> scope.directs(caller, school))
            .isPresent();
    scope.require(directs, caller, target);
  }

  private static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("\\s+", " ");
  }
}
