package fr.passerelle.app.identity;

import fr.passerelle.app.identity.internal.AccountRepository;
import fr.passerelle.app.identity.internal.GuardianshipRepository;
import fr.passerelle.app.platform.NoCallerCheck;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and family links of accounts, for other modules' services. These methods do not check the
 * caller: the calling service has already checked its own scope.
 */
@Service
@Transactional(readOnly = true)
@NoCallerCheck(
    "names and family links by id for the scope rules (Scope) and for services that already"
        + " checked their caller")
public class People {

  private final AccountRepository accounts;
  private final GuardianshipRepository guardianships;

  People(AccountRepository accounts, GuardianshipRepository guardianships) {
    this.accounts = accounts;
    this.guardianships = guardianships;
  }

  /** Names of these accounts, sorted by last then first name. */
  public List<PersonName> names(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return accounts.findAllById(ids).stream()
        .map(a -> new PersonName(a.getId(), a.getFirstName(), a.getLastName()))
        .sorted(Comparator.comparing(PersonName::lastName).thenComparing(PersonName::firstName))
        .toList();
  }

  /**
   * The children a parent or guardian is linked to, without the links a director restricted (see
   * {@link Guardianships} for every link with its state).
   */
  public Set<Long> childrenOf(long parentId) {
    return guardianships.childIds(parentId);
  }

  /** Whether this parent is linked to this child and the link is not restricted. */
  public boolean isGuardian(long parentId, long pupilId) {
    return guardianships.countOpen(parentId, pupilId) > 0;
  }

  /** The parents and guardians of a child, without those whose link is restricted. */
  public Set<Long> guardiansOf(long pupilId) {
    return guardianships.parentIds(pupilId);
  }

  /** Whether the account exists and holds the role. */
  public boolean hasRole(long accountId, Role role) {
    return accounts.findById(accountId).map(a -> a.getRoles().contains(role)).orElse(false);
  }
}
