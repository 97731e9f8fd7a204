package fr.passerelle.app.territory;

import fr.passerelle.app.platform.NoCallerCheck;
import fr.passerelle.app.territory.internal.SchoolClass;
import fr.passerelle.app.territory.internal.SchoolClassRepository;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who teaches and who is enrolled in a class, for other modules' services (visio, chat) that check
 * their own scope from it. Like {@code People}, these methods do not check the caller: the calling
 * service decides what it may show, and shows no declared need.
 */
@Service
@Transactional(readOnly = true)
@NoCallerCheck(
    "a class's members for other modules' services (visio, chat), which check their own scope from"
        + " them; no declared need")
public class ClassMembers {

  /** A class's name and members. */
  public record Members(long classId, String name, Set<Long> teacherIds, Set<Long> pupilIds) {}

  private final SchoolClassRepository classes;

  ClassMembers(SchoolClassRepository classes) {
    this.classes = classes;
  }

  public Optional<Members> of(long classId) {
    return classes.findById(classId).map(ClassMembers::members);
  }

  /** The class a pupil is enrolled in this year, if any. */
  public Optional<Members> ofPupil(long pupilId) {
    return classes.findByPupil(pupilId).map(ClassMembers::members);
  }

  /** The classes a teacher teaches. */
  public List<Members> ofTeacher(long teacherId) {
    return classes.findByTeacher(teacherId).stream().map(ClassMembers::members).toList();
  }

  private static Members members(SchoolClass c) {
    return new Members(
        c.getId(), c.getName(), Set.copyOf(c.getTeacherIds()), Set.copyOf(c.getPupilIds()));
  }
}
