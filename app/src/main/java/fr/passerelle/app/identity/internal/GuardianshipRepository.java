package fr.passerelle.app.identity.internal;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Family links as the application sees them: a link under a restriction that is not lifted is left
 * out, so a restricted parent no longer sees the child anywhere.
 */
public interface GuardianshipRepository extends JpaRepository<Guardianship, Guardianship.Key> {

  String OPEN =
      " and not exists (select 1 from guardianship_restriction r where r.parent_id = g.parent_id"
          + " and r.pupil_id = g.pupil_id and r.lifted_at is null)";

  @Query(
      value = "select g.pupil_id from guardianship g where g.parent_id = :parentId" + OPEN,
      nativeQuery = true)
  Set<Long> childIds(Long parentId);

  @Query(
      value = "select g.parent_id from guardianship g where g.pupil_id = :pupilId" + OPEN,
      nativeQuery = true)
  Set<Long> parentIds(Long pupilId);

  @Query(
      value =
          "select count(*) from guardianship g where g.parent_id = :parentId"
              + " and g.pupil_id = :pupilId"
              + OPEN,
      nativeQuery = true)
  long countOpen(Long parentId, Long pupilId);
}
