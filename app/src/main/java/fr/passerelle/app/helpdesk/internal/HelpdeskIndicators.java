package fr.passerelle.app.helpdesk.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The helpdesk indicators of territory analytics (documented in docs/analytics.md), after the
 * equipment's: open tickets and the mean hours from a report to its solution.
 */
@Component
public class HelpdeskIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 61;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "openTickets",
            IndicatorKind.COUNT,
            false,
            "select school_id, count(*), 0 from ticket"
                + " where status not in ('SOLVED', 'CLOSED') group by school_id"),
        new Indicator(
            "ticketHours",
            IndicatorKind.MEAN,
            false,
            "select school_id, sum(extract(epoch from (solved_at - created_at))) / 3600,"
                + " count(*) from ticket where solved_at is not null group by school_id"));
  }
}
