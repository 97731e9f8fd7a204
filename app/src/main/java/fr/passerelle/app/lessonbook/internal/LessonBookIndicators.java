package fr.passerelle.app.lessonbook.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lesson book for territory analytics: of the published lesson entries and homework, the share
 * that has an easy-to-read version a reviewer validated.
 */
@Component
public class LessonBookIndicators implements IndicatorSource {

  @Override
  public int order() {
    return 16;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "lessonBookEasyRead",
            IndicatorKind.SHARE,
            false,
            "select e.school_id,"
                + " sum(case when exists (select 1 from easy_read r"
                + " where r.owner_kind = lower(e.kind) and r.owner_id = e.id"
                + " and r.status = 'VALIDATED') then 1 else 0 end),"
                + " count(*) from class_entry e group by e.school_id"));
  }
}
