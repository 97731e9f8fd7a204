package fr.passerelle.app.helpdesk;

import java.util.Set;

/**
 * What may be done to a ticket, from which statuses, and by whom (checked by the helpdesk):
 *
 * <ul>
 *   <li>ASSIGN, NEW to ASSIGNED: a technician takes it, or an administrator gives it to one;
 *   <li>PLAN, ASSIGNED or WAITING to PLANNED: the assigned technician or an administrator, with a
 *       date;
 *   <li>WAIT, ASSIGNED or PLANNED to WAITING: the same, saying what is awaited;
 *   <li>RESUME, WAITING to ASSIGNED: the same;
 *   <li>SOLVE, ASSIGNED, PLANNED or WAITING to SOLVED: the same, saying what was done;
 *   <li>CLOSE, SOLVED to CLOSED: the reporter, the school's referent or director, an administrator;
 *   <li>REOPEN, SOLVED to ASSIGNED: the same, saying what is still wrong;
 *   <li>CANCEL, NEW to CLOSED: the reporter or an administrator.
 * </ul>
 */
public enum TicketAction {
  ASSIGN(TicketStatus.ASSIGNED, TicketStatus.NEW),
  PLAN(TicketStatus.PLANNED, TicketStatus.ASSIGNED, TicketStatus.WAITING),
  WAIT(TicketStatus.WAITING, TicketStatus.ASSIGNED, TicketStatus.PLANNED),
  RESUME(TicketStatus.ASSIGNED, TicketStatus.WAITING),
  SOLVE(TicketStatus.SOLVED, TicketStatus.ASSIGNED, TicketStatus.PLANNED, TicketStatus.WAITING),
  CLOSE(TicketStatus.CLOSED, TicketStatus.SOLVED),
  REOPEN(TicketStatus.ASSIGNED, TicketStatus.SOLVED),
  CANCEL(TicketStatus.CLOSED, TicketStatus.NEW);

  private final TicketStatus to;
  private final Set<TicketStatus> from;

  TicketAction(TicketStatus to, TicketStatus... from) {
    this.to = to;
    this.from = Set.of(from);
  }

  public TicketStatus to() {
    return to;
  }

  public boolean allowedFrom(TicketStatus status) {
    return from.contains(status);
  }

  /** Whether the action needs a note (what is awaited, what was done, what is still wrong). */
  public boolean needsNote() {
    return this == WAIT || this == SOLVE || this == REOPEN;
  }
}
