package fr.passerelle.app.territory;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.People;
import fr.passerelle.app.identity.Role;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one scope authority (ADR 0004): the questions every feature asks about the caller, and the
 * one place a refusal is audited and thrown. A teacher sees their classes, a director and a TICE
 * referent their school, town-hall staff their commune, a parent their children (not those whose
 * link a director restricted), a pupil themself and their class; the technician and the
 * administrator the whole territory where their role allows. Features compose these questions and
 * never re-implement them; the caller is read fresh ({@link CurrentUser}), never from the login.
 */
@Component
public class Scope {

  private final CurrentUser currentUser;
  private final People people;
  private final Memberships memberships;
  private final AuditLog audit;

  Scope(CurrentUser currentUser, People people, Memberships memberships, AuditLog audit) {
    this.currentUser = currentUser;
    this.people = people;
    this.memberships = memberships;
    this.audit = audit;
  }

  /** The caller as their account is now; refuses when nobody is logged in or it was disabled. */
  public Caller caller() {
    return currentUser.require();
  }

  // ---- questions ----

  public boolean isAdmin(Caller caller) {
    return caller.has(Role.ADMIN);
  }

  public boolean isTechnician(Caller caller) {
    return caller.has(Role.TECHNICIAN);
  }

  /** The administrator or a technician: the territory's equipment, tickets and filtering. */
  public boolean isTerritoryStaff(Caller caller) {
    return isAdmin(caller) || isTechnician(caller);
  }

  public boolean isSelf(Caller caller, long accountId) {
    return caller.id() == accountId;
  }

  /** A parent or guardian of this pupil whose link is not restricted. */
  public boolean isGuardianOf(Caller caller, long pupilId) {
    return caller.has(Role.PARENT) && people.isGuardian(caller.id(), pupilId);
  }

  /** A teacher of this class. */
  public boolean teaches(Caller caller, long classId) {
    return caller.has(Role.TEACHER) && memberships.teachersOf(classId).contains(caller.id());
  }

  /** A pupil enrolled in this class. */
  public boolean isPupilIn(Caller caller, long classId) {
    return caller.has(Role.PUPIL) && memberships.pupilsOf(classId).contains(caller.id());
  }

  /** The director of this school. */
  public boolean directs(Caller caller, long schoolId) {
    return caller.has(Role.DIRECTOR) && Objects.equals(caller.schoolId(), schoolId);
  }

  /** The TICE referent of this school. */
  public boolean isReferentOf(Caller caller, long schoolId) {
    return caller.has(Role.TICE_REFERENT) && Objects.equals(caller.schoolId(), schoolId);
  }

  /** Staff of this school: its director or its TICE referent. */
  public boolean isSchoolStaff(Caller caller, long schoolId) {
    return directs(caller, schoolId) || isReferentOf(caller, schoolId);
  }

  /** The teacher of this class or the director of its school. */
  public boolean teachesOrDirects(Caller caller, long classId) {
    return teaches(caller, classId)
        || caller.has(Role.DIRECTOR)
            && memberships.schoolOfClass(classId).filter(s -> directs(caller, s)).isPresent();
  }

  /** Town-hall staff of this commune. */
  public boolean isTownHallOf(Caller caller, long communeId) {
    return caller.has(Role.TOWN_HALL) && Objects.equals(caller.communeId(), communeId);
  }

  /** Town-hall staff of the commune this school is in. */
  public boolean isTownHallOfSchool(Caller caller, long schoolId) {
    return caller.has(Role.TOWN_HALL)
        && memberships.communeOfSchool(schoolId).filter(c -> isTownHallOf(caller, c)).isPresent();
  }

  /**
   * Whoever looks after a school as a whole: the administrator, a technician, the town hall of its
   * commune, its director or its TICE referent.
   */
  public boolean overseesSchool(Caller caller, long schoolId) {
    return isTerritoryStaff(caller)
        || isSchoolStaff(caller, schoolId)
        || isTownHallOfSchool(caller, schoolId);
  }

  // ---- what the caller may see ----

  /** The children of a parent, without the restricted links. */
  public Set<Long> children(Caller caller) {
    return caller.has(Role.PARENT) ? people.childrenOf(caller.id()) : Set.of();
  }

  /** The classes the caller teaches. */
  public Set<Long> classesTaught(Caller caller) {
    return caller.has(Role.TEACHER) ? memberships.classesTaughtBy(caller.id()) : Set.of();
  }

  /**
   * The classes the caller may see something of: taught, directed or looked after, their own
   * (pupil), their children's (parent), their commune's (town hall), all (administrator,
   * technician).
   */
  public ScopeSet visibleClasses(Caller caller) {
    if (isTerritoryStaff(caller)) {
      return ScopeSet.ALL;
    }
    Set<Long> ids = new HashSet<>(classesTaught(caller));
    if ((caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))
        && caller.schoolId() != null) {
      ids.addAll(memberships.classesOfSchool(caller.schoolId()));
    }
    if (caller.has(Role.TOWN_HALL) && caller.communeId() != null) {
      ids.addAll(memberships.classesOfCommune(caller.communeId()));
    }
    if (caller.has(Role.PUPIL)) {
      memberships.classOfPupil(caller.id()).ifPresent(ids::add);
    }
    for (long child : children(caller)) {
      memberships.classOfPupil(child).ifPresent(ids::add);
    }
    return ScopeSet.of(ids);
  }

  /** The schools the caller may see as a whole (see {@link #overseesSchool}). */
  public ScopeSet visibleSchools(Caller caller) {
    if (isTerritoryStaff(caller)) {
      return ScopeSet.ALL;
    }
    Set<Long> ids = new HashSet<>();
    if ((caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))
        && caller.schoolId() != null) {
      ids.add(caller.schoolId());
    }
    if (caller.has(Role.TOWN_HALL) && caller.communeId() != null) {
      ids.addAll(memberships.schoolsOfCommune(caller.communeId()));
    }
    return ScopeSet.of(ids);
  }

  /** The communes the caller may see as a whole: all, their own (town hall), or none. */
  public ScopeSet visibleCommunes(Caller caller) {
    if (isTerritoryStaff(caller)) {
      return ScopeSet.ALL;
    }
    return caller.has(Role.TOWN_HALL) && caller.communeId() != null
        ? ScopeSet.of(Set.of(caller.communeId()))
        : ScopeSet.NONE;
  }

  // ---- refusals: audited here, and only here ----

  /** Records the refusal in the audit log; the caller throws what this returns. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return deny(caller, target, "outside scope");
  }

  /** Records the refusal with its reason; the caller throws what this returns. */
  public ScopeDeniedException deny(Caller caller, String target, String reason) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, reason);
    return new ScopeDeniedException(target);
  }

  /** Refuses (audited) unless allowed. */
  public void require(boolean allowed, Caller caller, String target) {
    if (!allowed) {
      throw deny(caller, target);
    }
  }

  public void requireGuardianOf(Caller caller, long pupilId) {
    require(isGuardianOf(caller, pupilId), caller, "pupil:" + pupilId);
  }

  public void requireTeaches(Caller caller, long classId) {
    require(teaches(caller, classId), caller, "class:" + classId);
  }

  public void requireTeachesOrDirects(Caller caller, long classId) {
    require(teachesOrDirects(caller, classId), caller, "class:" + classId);
  }

  public void requireDirects(Caller caller, long schoolId) {
    require(directs(caller, schoolId), caller, "school:" + schoolId);
  }

  public void requireSchoolStaff(Caller caller, long schoolId) {
    require(isSchoolStaff(caller, schoolId), caller, "school:" + schoolId);
  }

  public void requireOverseesSchool(Caller caller, long schoolId) {
    require(overseesSchool(caller, schoolId), caller, "school:" + schoolId);
  }

  public void requireTownHallOf(Caller caller, long communeId) {
    require(isTownHallOf(caller, communeId), caller, "commune:" + communeId);
  }

  /** Records that someone other than the pupil read declared needs (sensitive data). */
  public void auditNeedsRead(Caller caller, String target) {
    audit.record(AuditKind.SENSITIVE_READ, caller.username(), null, target, "declared needs");
  }
}
