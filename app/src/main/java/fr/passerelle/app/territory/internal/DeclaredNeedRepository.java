package fr.passerelle.app.territory.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclaredNeedRepository extends JpaRepository<DeclaredNeed, DeclaredNeed.Key> {

  List<DeclaredNeed> findByPupilIdIn(Collection<Long> pupilIds);
}
