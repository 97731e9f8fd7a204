package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.territory.ScopeDeniedException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the equipment, in one place. Technicians and administrators: everywhere. A
 * TICE referent: read and edit their school's devices. A director: read their school's devices.
 * Teachers of a school: report breakdowns on its devices. Town-hall staff: their commune's figures
 * only. Refusals are written to the audit log before they are thrown.
 */
@Component
public class InventoryAccess {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  InventoryAccess(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public static boolean everywhere(Caller caller) {
    return caller.has(Role.ADMIN) || caller.has(Role.TECHNICIAN);
  }

  public boolean mayRead(Caller caller, long schoolId) {
    return everywhere(caller)
        || Objects.equals(caller.schoolId(), schoolId)
            && (caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT));
  }

  public boolean mayEdit(Caller caller, long schoolId) {
    return everywhere(caller)
        || Objects.equals(caller.schoolId(), schoolId) && caller.has(Role.TICE_REFERENT);
  }

  /** Who may report a breakdown on the school's devices. */
  public boolean mayReport(Caller caller, long schoolId) {
    return everywhere(caller)
        || Objects.equals(caller.schoolId(), schoolId)
            && (caller.has(Role.DIRECTOR)
                || caller.has(Role.TICE_REFERENT)
                || caller.has(Role.TEACHER));
  }

  public boolean mayReadFigures(Caller caller, long communeId) {
    return everywhere(caller)
        || caller.has(Role.TOWN_HALL) && Objects.equals(caller.communeId(), communeId);
  }

  /** The school a list is limited to: any for technicians, else the caller's own. */
  public @Nullable Long schoolScope(Caller caller, @Nullable Long requested) {
    if (everywhere(caller)) {
      return requested;
    }
    Long own = caller.schoolId();
    if (own == null
        || !(caller.has(Role.DIRECTOR) || caller.has(Role.TICE_REFERENT))
        || (requested != null && !requested.equals(own))) {
      throw deny(caller, "school:" + requested);
    }
    return own;
  }

  public Optional<Long> communeOf(long schoolId) {
    return jdbc.sql("select commune_id from school where id = ?")
        .param(schoolId)
        .query(Long.class)
        .optional();
  }

  /** Records the refusal and returns it, to be thrown. */
  public ScopeDeniedException deny(Caller caller, String target) {
    audit.record(AuditKind.ACCESS_DENIED, caller.username(), null, target, "outside scope");
    return new ScopeDeniedException(target);
  }
}
