package fr.passerelle.app.inventory.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The equipment indicators of territory analytics (documented in docs/analytics.md); the helpdesk's
 * come next ({@code helpdesk.internal.HelpdeskIndicators}). Retired devices are not counted.
 */
@Component
public class InventoryIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 60;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "devicesPerPupil",
            IndicatorKind.RATIO,
            false,
            "select s.id, coalesce(d.n, 0), coalesce(p.n, 0) from school s"
                + " left join (select school_id, count(*) n from device"
                + " where state <> 'RETIRED' group by school_id) d on d.school_id = s.id"
                + " left join (select c.school_id, count(*) n from enrolment e"
                + " join school_class c on c.id = e.class_id group by c.school_id) p"
                + " on p.school_id = s.id"),
        new Indicator(
            "deviceAge",
            IndicatorKind.MEAN,
            false,
            "select school_id,"
                + " sum(extract(year from current_date) - extract(year from purchase_date)),"
                + " count(*) from device where state <> 'RETIRED' and purchase_date is not null"
                + " group by school_id"));
  }
}
