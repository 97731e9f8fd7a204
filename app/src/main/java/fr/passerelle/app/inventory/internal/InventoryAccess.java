package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.Memberships;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the equipment, composed of the scope authority's questions ({@link Scope}):
 * technicians and administrators everywhere (the territory's staff); a TICE referent reads and
 * edits their school's devices; a director reads them; the teachers of a school report breakdowns
 * on its devices; town-hall staff read their commune's figures only. Refusals are audited and
 * thrown by {@link Scope#deny}.
 */
@Component
public class InventoryAccess {

  private final Scope scope;
  private final Memberships memberships;

  InventoryAccess(Scope scope, Memberships memberships) {
    this.scope = scope;
    this.memberships = memberships;
  }

  /** The caller as their account is now. */
  public Caller caller() {
    return scope.caller();
  }

  /** The administrator or a technician: every school. */
  public boolean everywhere(Caller caller) {
    return scope.isTerritoryStaff(caller);
  }

  public boolean mayRead(Caller caller, long schoolId) {
    return everywhere(caller) || scope.isSchoolStaff(caller, schoolId);
  }

  public boolean mayEdit(Caller caller, long schoolId) {
    return everywhere(caller) || scope.isReferentOf(caller, schoolId);
  }

  /** Who may report a breakdown on the school's devices: its staff and its teachers. */
  public boolean mayReport(Caller caller, long schoolId) {
    return mayRead(caller, schoolId) || teachesAt(caller, schoolId);
  }

  public boolean mayReadFigures(Caller caller, long communeId) {
    return everywhere(caller) || scope.isTownHallOf(caller, communeId);
  }

  /** The school a list is limited to: any (or none) for the territory's staff, else their own. */
  public @Nullable Long schoolScope(Caller caller, @Nullable Long requested) {
    if (everywhere(caller)) {
      return requested;
    }
    Long own = caller.schoolId();
    if (own == null
        || !scope.isSchoolStaff(caller, own)
        || (requested != null && !requested.equals(own))) {
      throw deny(caller, "school:" + requested);
    }
    return own;
  }

  public Optional<Long> communeOf(long schoolId) {
    return memberships.communeOfSchool(schoolId);
  }

  /** Audits the refusal (through the scope authority) and returns it, to be thrown. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target);
  }

  /** A teacher attached to the school (the account's school). */
  private static boolean teachesAt(Caller caller, long schoolId) {
    return caller.has(Role.TEACHER) && Objects.equals(caller.schoolId(), schoolId);
  }
}
