package fr.passerelle.app.identity;

import fr.passerelle.app.identity.internal.GuardianLinkStore;
import fr.passerelle.app.identity.internal.GuardianLinkStore.LinkRow;
import fr.passerelle.app.platform.NoCallerCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every family link of a child with its state, and the restrictions a director records on one link
 * (separated parents) and lifts. {@link People} leaves restricted links out; this class is for the
 * director's view. The director's methods check the role here; the calling service has already
 * checked the director's school.
 */
@Service
@Transactional(readOnly = true)
public class Guardianships {

  private static final String DIRECTOR = "hasRole('DIRECTOR')";

  private final GuardianLinkStore store;
  private final People people;

  Guardianships(GuardianLinkStore store, People people) {
    this.store = store;
    this.people = people;
  }

  /** Every parent linked to the child, restricted or not, sorted by name. */
  @PreAuthorize(DIRECTOR)
  public List<GuardianLink> allLinksOf(long pupilId) {
    List<LinkRow> rows = store.linksOf(pupilId);
    List<Long> ids = new ArrayList<>();
    rows.forEach(
        r -> {
          ids.add(r.parentId());
          if (r.by() != null) {
            ids.add(r.by());
          }
        });
    Map<Long, PersonName> names =
        people.names(ids).stream()
            .collect(Collectors.toMap(PersonName::id, Function.identity(), (a, b) -> a));
    return rows.stream()
        .map(
            r ->
                new GuardianLink(
                    names.get(r.parentId()),
                    pupilId,
                    r.restrictionId() == null
                        ? null
                        : new GuardianLink.Restriction(
                            r.restrictionId(), r.at(), names.get(r.by()), r.reason())))
        .sorted(
            Comparator.comparing((GuardianLink l) -> l.parent().lastName())
                .thenComparing(l -> l.parent().firstName()))
        .toList();
  }

  /** Whether the parent is linked to the child at all, restricted or not. */
  @PreAuthorize(DIRECTOR)
  public boolean isLinked(long parentId, long pupilId) {
    return store.isLinked(parentId, pupilId);
  }

  /** The restriction in force on a link, if any. */
  @PreAuthorize(DIRECTOR)
  public Optional<Long> restrictionOf(long parentId, long pupilId) {
    return store.restrictionOf(parentId, pupilId);
  }

  /** Records a restriction on a link that has none in force; false when one already was. */
  @PreAuthorize(DIRECTOR)
  @Transactional
  public boolean restrict(
      long parentId, long pupilId, long directorId, @Nullable String reason, Instant at) {
    if (store.restrictionOf(parentId, pupilId).isPresent()) {
      return false;
    }
    store.insertRestriction(parentId, pupilId, directorId, reason, at);
    return true;
  }

  /** Lifts the restriction in force on a link (kept, with who lifted it and when). */
  @PreAuthorize(DIRECTOR)
  @Transactional
  public boolean lift(long parentId, long pupilId, long directorId, Instant at) {
    return store.liftRestriction(parentId, pupilId, directorId, at);
  }

  /** The e-mail address of an account, if it has one. */
  @NoCallerCheck(
      "the family mail jobs read a parent's address with no one signed in; the settings service"
          + " checks its parent first")
  public Optional<String> emailOf(long accountId) {
    return store.emailOf(accountId);
  }

  /** Changes the e-mail address of an account (null removes it): a parent's own settings. */
  @PreAuthorize("hasRole('PARENT')")
  @Transactional
  public void setEmail(long accountId, @Nullable String email) {
    store.setEmail(accountId, email);
  }
}
