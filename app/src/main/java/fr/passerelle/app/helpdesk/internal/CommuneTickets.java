package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.inventory.TicketFigures;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The tickets of each commune's schools, for the inventory's commune figures. */
@Component
class CommuneTickets implements TicketFigures {

  private final TicketStore tickets;

  CommuneTickets(TicketStore tickets) {
    this.tickets = tickets;
  }

  @Override
  public Map<Long, OfCommune> byCommune() {
    return tickets.byCommune();
  }
}
