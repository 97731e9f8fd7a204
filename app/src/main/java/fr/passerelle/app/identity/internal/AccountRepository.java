package fr.passerelle.app.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUsernameIgnoreCase(String username);
}
