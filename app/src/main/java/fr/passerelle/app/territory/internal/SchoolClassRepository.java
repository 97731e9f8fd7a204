package fr.passerelle.app.territory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

  @Query(
      "select c from SchoolClass c join fetch c.school s join fetch s.commune"
          + " where :teacherId member of c.teacherIds order by c.level, c.name")
  List<SchoolClass> findByTeacher(Long teacherId);

  @Query(
      "select c from SchoolClass c join fetch c.school s join fetch s.commune"
          + " where :pupilId member of c.pupilIds")
  Optional<SchoolClass> findByPupil(Long pupilId);

  @Query(
      "select c from SchoolClass c join fetch c.school s join fetch s.commune"
          + " where s.id = :schoolId order by c.level, c.name")
  List<SchoolClass> findBySchool(Long schoolId);

  @Query("select count(p) from SchoolClass c join c.pupilIds p")
  long countPupils();
}
