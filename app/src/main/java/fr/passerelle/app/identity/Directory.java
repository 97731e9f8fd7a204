package fr.passerelle.app.identity;

import fr.passerelle.app.identity.internal.DirectoryStore;
import fr.passerelle.app.platform.NoCallerCheck;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and schools of any account, by id, for other modules' rules (who may write to whom in the
 * chat). Like {@link People}, these methods do not check the caller: the calling service has
 * already checked its own scope.
 */
@Service
@Transactional(readOnly = true)
@NoCallerCheck(
    "roles and schools by id for other modules' rules (who may write to whom), whose services"
        + " already checked their caller")
public class Directory {

  private final DirectoryStore store;

  Directory(DirectoryStore store) {
    this.store = store;
  }

  /** The roles of an enabled account; empty for an unknown or disabled one. */
  public Set<Role> rolesOf(long accountId) {
    return store.rolesOf(accountId);
  }

  /** The school an account is attached to (staff), if any. */
  public Optional<Long> schoolOf(long accountId) {
    return store.schoolOf(accountId);
  }

  /** The username of an account. */
  public Optional<String> username(long accountId) {
    return store.username(accountId);
  }

  /** Teachers, TICE referents and directors attached to a school. */
  public Set<Long> staffOf(long schoolId) {
    return store.staffOf(schoolId);
  }

  /** The directors of a school. */
  public Set<Long> directorsOf(long schoolId) {
    return store.directorsOf(schoolId);
  }

  /** Every account holding a role. */
  public Set<Long> withRole(Role role) {
    return store.withRole(role);
  }
}
