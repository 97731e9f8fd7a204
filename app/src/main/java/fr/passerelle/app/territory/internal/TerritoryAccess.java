package fr.passerelle.app.territory.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.territory.ClassAccess;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How much of a class or a pupil the territory's own views show a caller, composed from the {@link
 * Scope} questions: the roster with declared needs for the class's teachers and the school's
 * director, the roster for the administrator, the class name for those who look after the school or
 * have a child in it, the classmates for its pupils.
 */
@Component
public class TerritoryAccess {

  /** How much of a pupil a caller may see. */
  public enum PupilAccess {
    NONE,
    PROFILE,
    PROFILE_WITH_NEEDS
  }

  private final Scope scope;

  TerritoryAccess(Scope scope) {
    this.scope = scope;
  }

  public ClassAccess toClass(Caller caller, SchoolClass schoolClass) {
    long classId = schoolClass.getId();
    long schoolId = schoolClass.getSchool().getId();
    if (scope.teaches(caller, classId) || scope.directs(caller, schoolId)) {
      return ClassAccess.ROSTER_WITH_NEEDS;
    }
    if (scope.isAdmin(caller)) {
      return ClassAccess.ROSTER;
    }
    if (scope.isPupilIn(caller, classId)) {
      return ClassAccess.CLASSMATES;
    }
    boolean childInClass =
        scope.children(caller).stream().anyMatch(schoolClass.getPupilIds()::contains);
    return scope.overseesSchool(caller, schoolId) || childInClass
        ? ClassAccess.SUMMARY
        : ClassAccess.NONE;
  }

  /** A pupil's own class may be null (not enrolled this year). */
  public PupilAccess toPupil(Caller caller, long pupilId, @Nullable SchoolClass pupilClass) {
    if (scope.isSelf(caller, pupilId) || scope.isGuardianOf(caller, pupilId)) {
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
    return scope.overseesSchool(caller, school.getId());
  }

  public boolean toCommune(Caller caller, long communeId) {
    return scope.visibleCommunes(caller).contains(communeId);
  }

  /** Records the refusal; the caller throws it. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target);
  }

  /** Records that someone other than the pupil read declared needs. */
  public void auditNeedsRead(Caller caller, String target) {
    scope.auditNeedsRead(caller, target);
  }
}
