package fr.passerelle.app.analytics;

import fr.passerelle.app.analytics.internal.AnalyticsStore;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators, within the caller's scope: administrators see the whole territory, town-hall
 * staff their commune (and its schools), directors their school. Each is compared with the
 * territory and its median. Refusals are audited.
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
  private final CurrentUser currentUser;
  private final AuditLog audit;

  AnalyticsService(AnalyticsStore store, CurrentUser currentUser, AuditLog audit) {
    this.store = store;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @PreAuthorize("hasAnyRole('ADMIN','TOWN_HALL','DIRECTOR')")
  public Start start() {
    Caller caller = currentUser.require();
    if (caller.has(Role.ADMIN)) {
      return new Start.Territory();
    }
    if (caller.has(Role.TOWN_HALL) && caller.communeId() != null) {
      return new Start.Commune(caller.communeId());
    }
    if (caller.has(Role.DIRECTOR) && caller.schoolId() != null) {
      return new Start.School(caller.schoolId());
    }
    throw deny(caller, "analytics");
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
    Caller caller = currentUser.require();
    long communeId = store.communeOf(schoolId);
    boolean allowed =
        caller.has(Role.ADMIN)
            || caller.has(Role.TOWN_HALL) && Objects.equals(caller.communeId(), communeId)
            || caller.has(Role.DIRECTOR) && Objects.equals(caller.schoolId(), schoolId);
    if (!allowed) {
      throw deny(caller, "analytics school " + schoolId);
    }
    return new Report(
        store.school(schoolId), store.compareSchool(schoolId), List.of(), store.computedAt());
  }

  /** Recomputes now rather than at the next scheduled refresh. */
  @PreAuthorize("hasRole('ADMIN')")
  public void refresh() {
    store.refresh();
  }

  private void requireCommune(long communeId) {
    Caller caller = currentUser.require();
    boolean allowed =
        caller.has(Role.ADMIN)
            || caller.has(Role.TOWN_HALL) && Objects.equals(caller.communeId(), communeId);
    if (!allowed) {
      throw deny(caller, "analytics commune " + communeId);
    }
  }

  private ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }
}
