package fr.passerelle.app.inventory;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown tickets of each commune's schools, for the commune figures: given by the helpdesk
 * module, which uses this one (this module does not know it).
 */
public interface TicketFigures {

  /** Open tickets, and the mean hours from report to solution of the solved ones. */
  record OfCommune(int open, @Nullable Double meanHoursToResolve) {}

  /** By commune id; a commune without tickets is absent. The caller's scope is checked before. */
  Map<Long, OfCommune> byCommune();
}
