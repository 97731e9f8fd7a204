package fr.passerelle.app.territory;

import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.territory.internal.MembershipStore;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who teaches and who is enrolled where, by ids, for other modules' rules (who may write to whom in
 * the chat) and for {@link Scope}. Like {@code People}, these methods do not check the caller: the
 * calling service has already checked its own scope and shows nothing of this as is.
 */
@Service
@Transactional(readOnly = true)
@NoCallerCheck(
    "ids for the scope rules themselves (Scope) and for services that already checked their"
        + " caller; nothing here is shown as is")
public class Memberships {

  private final MembershipStore store;

  Memberships(MembershipStore store) {
    this.store = store;
  }

  /** The class a pupil is enrolled in, if any. */
  public Optional<Long> classOfPupil(long pupilId) {
    return store.classOfPupil(pupilId);
  }

  /** The classes a teacher teaches. */
  public Set<Long> classesTaughtBy(long teacherId) {
    return store.classesTaughtBy(teacherId);
  }

  public Set<Long> pupilsOf(long classId) {
    return store.pupilsOf(classId);
  }

  public Set<Long> teachersOf(long classId) {
    return store.teachersOf(classId);
  }

  public Optional<Long> schoolOfClass(long classId) {
    return store.schoolOfClass(classId);
  }

  /** The commune a school is in. */
  public Optional<Long> communeOfSchool(long schoolId) {
    return store.communeOfSchool(schoolId);
  }

  /** The classes of a commune's schools. */
  public Set<Long> classesOfCommune(long communeId) {
    return store.classesOfCommune(communeId);
  }

  /** The schools of a commune. */
  public Set<Long> schoolsOfCommune(long communeId) {
    return store.schoolsOfCommune(communeId);
  }

  /** The classes of a school. */
  public Set<Long> classesOfSchool(long schoolId) {
    return store.classesOfSchool(schoolId);
  }

  /** A class's name and its school's, for titles. */
  public Optional<String> classLabel(long classId) {
    return store.classLabel(classId);
  }

  /** The pupils of these classes. */
  public Set<Long> pupilsOf(Collection<Long> classIds) {
    Set<Long> pupils = new HashSet<>();
    classIds.forEach(c -> pupils.addAll(store.pupilsOf(c)));
    return pupils;
  }
}
