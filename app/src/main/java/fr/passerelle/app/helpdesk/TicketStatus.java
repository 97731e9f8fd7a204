package fr.passerelle.app.helpdesk;

/** The life of a breakdown ticket, as in GLPI. */
public enum TicketStatus {
  NEW,
  ASSIGNED,
  PLANNED,
  WAITING,
  SOLVED,
  CLOSED;

  public boolean isOpen() {
    return this != SOLVED && this != CLOSED;
  }
}
