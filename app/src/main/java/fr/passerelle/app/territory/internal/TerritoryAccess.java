package fr.passerelle.app.territory.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.ClassAccess;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The scope rules of the territory, in one place. A teacher sees their classes, a director and a
 * TICE referent their school, town-hall staff their commune, a parent their children, a pupil
 * themself and their class. Refusals are written to the audit log before they are thrown.
 */
@Component
public class TerritoryAccess {

  /** How much of a pupil a caller may see. */
  public enum PupilAccess {
    NONE,
    PROFILE,
    PROFILE_WITH_NEEDS
  }

  private final People people;
  private final AuditLog audit;

  TerritoryAccess(People people, AuditLog audit) {
    this.people = people;
    this.audit = audit;
  }

  public ClassAccess toClass(Caller caller, SchoolClass schoolClass) {
    ClassAccess best = ClassAccess.NONE;
    long schoolId = schoolClass.getSchool().getId();
    long communeId = schoolClass.getSchool().getCommune().getId();
    for (Role role : caller.roles()) {
      ClassAccess access =
          switch (role) {
            case ADMIN -> ClassAccess.ROSTER;
            case TECHNICIAN -> ClassAccess.SUMMARY;
            case TOWN_HALL ->
                Objects.equals(caller.communeId(), communeId)
                    ? ClassAccess.SUMMARY
                    : ClassAccess.NONE;
            case DIRECTOR ->
                Objects.equals(caller.schoolId(), schoolId)
                    ? ClassAccess.ROSTER_WITH_NEEDS
                    : ClassAccess.NONE;
            case TICE_REFERENT ->
                Objects.equals(caller.schoolId(), schoolId)
                    ? ClassAccess.SUMMARY
                    : ClassAccess.NONE;
            case TEACHER ->
                schoolClass.getTeacherIds().contains(caller.id())
                    ? ClassAccess.ROSTER_WITH_NEEDS
                    : ClassAccess.NONE;
            case PARENT -> {
              Set<Long> children = people.childrenOf(caller.id());
              yield schoolClass.getPupilIds().stream().anyMatch(children::contains)
                  ? ClassAccess.SUMMARY
                  : ClassAccess.NONE;
            }
            case PUPIL ->
                schoolClass.getPupilIds().contains(caller.id())
                    ? ClassAccess.CLASSMATES
                    : ClassAccess.NONE;
          };
      if (access.compareTo(best) > 0) {
        best = access;
      }
    }
    return best;
  }

  /** A pupil's own class may be null (not enrolled this year). */
  public PupilAccess toPupil(
      Caller caller, long pupilId, @org.jspecify.annotations.Nullable SchoolClass pupilClass) {
    if (caller.id() == pupilId) {
      return PupilAccess.PROFILE_WITH_NEEDS;
    }
    if (caller.has(Role.PARENT) && people.isGuardian(caller.id(), pupilId)) {
      return PupilAccess.PROFILE_WITH_NEEDS;
    }
    if (pupilClass != null) {
      ClassAccess access = toClass(caller, pupilClass);
      if (access == ClassAccess.ROSTER_WITH_NEEDS) {
        return PupilAccess.PROFILE_WITH_NEEDS;
      }
      if (access == ClassAccess.ROSTER) {
        return PupilAccess.PROFILE;
      }
    }
    return PupilAccess.NONE;
  }

  public boolean toSchool(Caller caller, School school) {
    return caller.has(Role.ADMIN)
        || caller.has(Role.TECHNICIAN)
        || (caller.has(Role.TOWN_HALL)
            && Objects.equals(caller.communeId(), school.getCommune().getId()))
        || Objects.equals(caller.schoolId(), school.getId())
            && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT));
  }

  public boolean toCommune(Caller caller, long communeId) {
    return caller.has(Role.ADMIN)
        || caller.has(Role.TECHNICIAN)
        || (caller.has(Role.TOWN_HALL) && Objects.equals(caller.communeId(), communeId));
  }

  /** Records the refusal and throws it. */
  public ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }

  /** Records that someone other than the pupil read declared needs. */
  public void auditNeedsRead(Caller caller, String target) {
    audit.record(AuditKind.SENSITIVE_READ, caller.username(), null, target, "declared needs");
  }
}
