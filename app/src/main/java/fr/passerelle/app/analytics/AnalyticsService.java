package fr.passerelle.app.analytics;

import fr.passerelle.app.analytics.internal.AnalyticsStore;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Scope;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators, within the caller's scope: administrators see the whole territory, town-hall
 * staff their commune (and its schools), directors their school. Each is compared with the
 * territory and its median. The questions and the audited refusals are {@link Scope}'s.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

  /** Where a caller's analytics start. */
  public sealed interface Start {
    record Territory() implements Start {}

    record Commune(long id) implements Start {}

    record School(long id) implements Start {}
  }

  private final AnalyticsStore store;
  private final Scope scope;

  AnalyticsService(AnalyticsStore store, Scope scope) {
    this.store = store;
    this.scope = scope;
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL','DIRECTOR')")
  public Start start() {
    Caller caller = scope.caller();
    if (scope.isAdmin(caller)) {
      return new Start.Territory();
    }
    if (caller.has(Role.TOWN_HALL) && caller.communeId() != null) {
      return new Start.Commune(caller.communeId());
    }
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      return new Start.School(caller.schoolId());
    }
    throw scope.deny(caller, "analytics");
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL','DIRECTOR')")
  public List<Indicator> indicators() {
    return store.indicators();
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL','DIRECTOR')")
  public Instant computedAt() {
    return store.computedAt();
  }

  /** Every commune's figure: the whole territory, for administrators only. */
  @PreAuthorize("hasRole('ADMIN')")
  public List<PlaceFigure> communes(String indicatorKey) {
    return store.communeFigures(indicatorKey);
  }

  /** The schools of a commune: administrators, and the commune's own town-hall staff. */
  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL')")
  public List<PlaceFigure> schools(long communeId, String indicatorKey) {
    requireCommune(communeId);
    return store.schoolFigures(indicatorKey, communeId);
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL')")
  public Report commune(long communeId) {
    requireCommune(communeId);
    return new Report(
        store.commune(communeId),
        store.compareCommune(communeId),
        store.schoolsOf(communeId),
        store.computedAt());
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL','DIRECTOR')")
  public Report school(long schoolId) {
    Caller caller = scope.caller();
    long communeId = store.communeOf(schoolId);
    boolean allowed =
        scope.isAdmin(caller)
            || scope.isTownHallOf(caller, communeId)
            || scope.directs(caller, schoolId);
    if (!allowed) {
      throw scope.deny(caller, "analytics school " + schoolId);
    }
    return new Report(
        store.school(schoolId), store.compareSchool(schoolId), List.of(), store.computedAt());
  }

  /** Recomputes now rather than at the next scheduled refresh, and saves it for every node. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void refresh() {
    store.refresh();
  }

  /** The administrator, or the commune's own town-hall staff. */
  private void requireCommune(long communeId) {
    Caller caller = scope.caller();
    scope.require(
        scope.isAdmin(caller) || scope.isTownHallOf(caller, communeId),
        caller,
        "analytics commune " + communeId);
  }
}
