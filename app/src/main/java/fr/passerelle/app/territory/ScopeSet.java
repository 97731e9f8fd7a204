package fr.passerelle.app.territory;

import java.util.Set;

/**
 * The classes, schools or communes a caller may see: some, by id, or all of them (the
 * administrator, and the technician for the schools' equipment) without listing the territory.
 */
public record ScopeSet(boolean all, Set<Long> ids) {

  public static final ScopeSet ALL = new ScopeSet(true, Set.of());
  public static final ScopeSet NONE = new ScopeSet(false, Set.of());

  public ScopeSet {
    ids = Set.copyOf(ids);
  }

  public static ScopeSet of(Set<Long> ids) {
    return new ScopeSet(false, ids);
  }

  public boolean contains(long id) {
    return all || ids.contains(id);
  }

  public boolean isEmpty() {
    return !all && ids.isEmpty();
  }
}
