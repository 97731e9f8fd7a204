package fr.passerelle.app.territory.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommuneRepository extends JpaRepository<Commune, Long> {

  List<Commune> findAllByOrderByName();
}
