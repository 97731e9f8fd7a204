package fr.passerelle.app.territory.internal;

import fr.passerelle.app.territory.Level;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "school_class")
public class SchoolClass {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Level level;

  @Column(name = "school_year", nullable = false)
  private String schoolYear;

  @ElementCollection
  @CollectionTable(name = "class_teacher", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "teacher_id")
  private Set<Long> teacherIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "enrolment", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "pupil_id")
  private Set<Long> pupilIds = new HashSet<>();

  protected SchoolClass() {}

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public String getName() {
    return name;
  }

  public Level getLevel() {
    return level;
  }

  public String getSchoolYear() {
    return schoolYear;
  }

  public Set<Long> getTeacherIds() {
    return Set.copyOf(teacherIds);
  }

  public Set<Long> getPupilIds() {
    return Set.copyOf(pupilIds);
  }
}
