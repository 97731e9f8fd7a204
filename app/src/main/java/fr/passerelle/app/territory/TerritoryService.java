package fr.passerelle.app.territory;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.support.OffsetLimit;
import fr.passerelle.app.territory.internal.Commune;
import fr.passerelle.app.territory.internal.CommuneRepository;
import fr.passerelle.app.territory.internal.School;
import fr.passerelle.app.territory.internal.SchoolClassRepository;
import fr.passerelle.app.territory.internal.SchoolRepository;
import fr.passerelle.app.territory.internal.TerritoryAccess;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Communes and schools, within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class TerritoryService {

  private final CommuneRepository communes;
  private final SchoolRepository schools;
  private final SchoolClassRepository classes;
  private final CurrentUser currentUser;
  private final TerritoryAccess access;

  TerritoryService(
      CommuneRepository communes,
      SchoolRepository schools,
      SchoolClassRepository classes,
      CurrentUser currentUser,
      TerritoryAccess access) {
    this.communes = communes;
    this.schools = schools;
    this.classes = classes;
    this.currentUser = currentUser;
    this.access = access;
  }

  /** The communes the caller may see: all of them, or town-hall staff's own. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL')")
  public List<CommuneSummary> communes() {
    Caller caller = currentUser.require();
    return communes.findAllByOrderByName().stream()
        .filter(c -> access.toCommune(caller, c.getId()))
        .map(this::summary)
        .toList();
  }

  /** The commune of a town-hall staff member. */
  @PreAuthorize("hasRole('TOWN_HALL')")
  public Optional<CommuneSummary> myCommune() {
    Long communeId = currentUser.require().communeId();
    return communeId == null ? Optional.empty() : communes.findById(communeId).map(this::summary);
  }

  /** The school of a director, TICE referent or teacher. */
  @PreAuthorize("hasAnyRole('DIRECTOR','TICE_REFERENT','TEACHER')")
  public Optional<SchoolSummary> mySchool() {
    Long schoolId = currentUser.require().schoolId();
    return schoolId == null ? Optional.empty() : schools.findById(schoolId).map(School::toSummary);
  }

  /** One school, refused (and audited) outside the caller's scope. */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL','DIRECTOR','TICE_REFERENT')")
  public SchoolSummary school(long schoolId) {
    Caller caller = currentUser.require();
    School school =
        schools
            .findById(schoolId)
            .filter(s -> access.toSchool(caller, s))
            .orElseThrow(() -> access.deny(caller, "school:" + schoolId));
    return school.toSummary();
  }

  /**
   * A page of schools, sorted by name, optionally in one commune. Town-hall staff only ever get
   * their own commune's schools.
   */
  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL')")
  public List<SchoolSummary> schools(@Nullable Long communeId, int offset, int limit) {
    Long commune = effectiveCommune(communeId);
    Pageable page = new OffsetLimit(offset, Math.max(1, limit), Sort.by("name"));
    return (commune == null ? schools.findPage(page) : schools.findByCommuneId(commune, page))
        .map(School::toSummary)
        .getContent();
  }

  @PreAuthorize("hasAnyRole('ADMIN','TECHNICIAN','TOWN_HALL')")
  public long countSchools(@Nullable Long communeId) {
    Long commune = effectiveCommune(communeId);
    return commune == null ? schools.count() : schools.countByCommuneId(commune);
  }

  /** Territory-wide counts. */
  @PreAuthorize("hasRole('ADMIN')")
  public Overview overview() {
    return new Overview(communes.count(), schools.count(), classes.count(), classes.countPupils());
  }

  private @Nullable Long effectiveCommune(@Nullable Long requested) {
    Caller caller = currentUser.require();
    if (caller.has(Role.ADMIN) || caller.has(Role.TECHNICIAN)) {
      return requested;
    }
    if (caller.communeId() == null
        || (requested != null && !requested.equals(caller.communeId()))) {
      throw access.deny(caller, "commune:" + requested);
    }
    return caller.communeId();
  }

  private CommuneSummary summary(Commune commune) {
    return new CommuneSummary(
        commune.getId(),
        commune.getName(),
        commune.getPostalCode(),
        (int) schools.countByCommuneId(commune.getId()));
  }
}
