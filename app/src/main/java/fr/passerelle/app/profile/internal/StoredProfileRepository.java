package fr.passerelle.app.profile.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredProfileRepository extends JpaRepository<StoredProfile, Long> {}
