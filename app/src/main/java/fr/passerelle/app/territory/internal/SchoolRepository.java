package fr.passerelle.app.territory.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolRepository extends JpaRepository<School, Long> {

  @EntityGraph(attributePaths = "commune")
  List<School> findByCommuneIdOrderByName(Long communeId);

  @EntityGraph(attributePaths = "commune")
  Page<School> findByCommuneId(Long communeId, Pageable pageable);

  @EntityGraph(attributePaths = "commune")
  @Query("select s from School s")
  Page<School> findPage(Pageable pageable);

  long countByCommuneId(Long communeId);
}
