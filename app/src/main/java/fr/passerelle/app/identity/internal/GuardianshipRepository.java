package fr.passerelle.app.identity.internal;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuardianshipRepository extends JpaRepository<Guardianship, Guardianship.Key> {

  @Query("select g.pupilId from Guardianship g where g.parentId = :parentId")
  Set<Long> childIds(Long parentId);

  @Query("select g.parentId from Guardianship g where g.pupilId = :pupilId")
  Set<Long> parentIds(Long pupilId);

  boolean existsByParentIdAndPupilId(Long parentId, Long pupilId);
}
