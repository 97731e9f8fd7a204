package fr.passerelle.app.visio.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Visio for territory analytics, from the deployment's presence events: the hours people spent in
 * their class's visio sessions (someone still in the room is not counted yet), and the pupils who
 * followed at least one session from afar. A pupil in a visio can be a pupil in hospital: the count
 * is sensitive, hidden below the small-number threshold.
 */
@Component
public class VisioIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 20;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "visioHours",
            IndicatorKind.COUNT,
            false,
            "select c.school_id, sum(extract(epoch from (p.left_at - p.joined_at))) / 3600, 0"
                + " from visio_presence p join visio_session v on v.id = p.session_id"
                + " join school_class c on c.id = v.class_id where p.left_at is not null"
                + " group by c.school_id"),
        new Indicator(
            "remotePupils",
            IndicatorKind.COUNT,
            true,
            "select c.school_id, count(distinct p.account_id), 0 from visio_presence p"
                + " join visio_session v on v.id = p.session_id"
                + " join school_class c on c.id = v.class_id"
                + " join account_role r on r.account_id = p.account_id and r.role = 'PUPIL'"
                + " group by c.school_id"));
  }
}
