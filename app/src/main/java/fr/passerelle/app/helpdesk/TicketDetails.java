package fr.passerelle.app.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One ticket with its description, its steps and what the caller may do to it now. */
public record TicketDetails(
    TicketRow row,
    String description,
    int urgency,
    int impact,
    @Nullable String resolution,
    List<Step> steps,
    Set<TicketAction> allowed) {

  /** One step: who moved the ticket from which status to which, and what they wrote. */
  public record Step(
      Instant at,
      String actorName,
      @Nullable TicketStatus from,
      TicketStatus to,
      @Nullable String note) {}
}
