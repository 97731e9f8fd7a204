package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.helpdesk.TicketAction;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.territory.Scope;
import fr.passerelle.app.territory.ScopeDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and move a ticket, composed of the scope authority's questions ({@link Scope}): the
 * territory's staff see every ticket, the school's director and TICE referent their school's, the
 * reporter their own; the moves are as {@link TicketAction} says. Refusals are audited and thrown
 * by {@link Scope#deny}.
 */
@Component
public class TicketAccess {

  private final Scope scope;

  TicketAccess(Scope scope) {
    this.scope = scope;
  }

  /** The caller as their account is now. */
  public Caller caller() {
    return scope.caller();
  }

  public boolean isAdmin(Caller caller) {
    return scope.isAdmin(caller);
  }

  public boolean isTechnician(Caller caller) {
    return scope.isTechnician(caller);
  }

  /** The director or TICE referent of the school the caller's account belongs to. */
  public boolean isStaffOfOwnSchool(Caller caller) {
    return caller.schoolId() != null && scope.isSchoolStaff(caller, caller.schoolId());
  }

  public boolean mayRead(Caller caller, TicketStore.Ticket t) {
    return scope.isTerritoryStaff(caller)
        || scope.isSelf(caller, t.reporterId())
        || scope.isSchoolStaff(caller, t.schoolId());
  }

  /** Whether the caller may make the move on this ticket (whatever its status). */
  public boolean may(Caller caller, TicketAction action, TicketStore.Ticket t) {
    boolean admin = scope.isAdmin(caller);
    boolean assigned =
        scope.isTechnician(caller)
            && t.technicianId() != null
            && scope.isSelf(caller, t.technicianId());
    boolean reporter = scope.isSelf(caller, t.reporterId());
    return switch (action) {
      case ASSIGN -> admin || scope.isTechnician(caller);
      case PLAN, WAIT, RESUME, SOLVE -> admin || assigned;
      case CLOSE, REOPEN -> admin || reporter || scope.isSchoolStaff(caller, t.schoolId());
      case CANCEL -> admin || reporter;
    };
  }

  /** A technician takes a ticket for themself; an administrator gives it to any technician. */
  public boolean mayAssignTo(Caller caller, long technicianId) {
    return scope.isAdmin(caller) || scope.isSelf(caller, technicianId);
  }

  /** Audits the refusal (through the scope authority) and returns it, to be thrown. */
  public ScopeDeniedException deny(Caller caller, String target) {
    return scope.deny(caller, target);
  }
}
