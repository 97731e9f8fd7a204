package fr.passerelle.app.reading.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Easy-to-read versions for territory analytics: of the texts that have an easy-to-read version
 * written, the share whose version a reviewer validated.
 */
@Component
public class ReadingIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 15;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "easyReadValidated",
            IndicatorKind.SHARE,
            false,
            "select school_id,"
                + " count(distinct case when status = 'VALIDATED'"
                + " then owner_kind || ':' || owner_id end),"
                + " count(distinct owner_kind || ':' || owner_id)"
                + " from easy_read group by school_id"));
  }
}
