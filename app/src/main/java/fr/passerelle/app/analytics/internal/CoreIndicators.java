package fr.passerelle.app.analytics.internal;

import fr.passerelle.app.analytics.Indicator;
import fr.passerelle.app.analytics.IndicatorKind;
import fr.passerelle.app.analytics.IndicatorSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The territory's own indicators: pupils, classes, pupils with declared needs, and pupils using
 * each kind of accessibility profile. Counts of pupils with needs or adapted profiles are
 * sensitive. Each query answers {@code school_id, numerator, denominator}.
 */
@Component
public class CoreIndicators implements IndicatorSource {

  /** The pupils enrolled in each school's classes. */
  static final String PUPILS_OF_SCHOOL =
      "from enrolment e join school_class c on c.id = e.class_id ";

  @Override
  public int order() {
    return 0;
  }

  @Override
  public List<Indicator> indicators() {
    return List.of(
        new Indicator(
            "pupils",
            IndicatorKind.COUNT,
            false,
            "select c.school_id, count(*), 0 " + PUPILS_OF_SCHOOL + "group by c.school_id"),
        new Indicator(
            "classes",
            IndicatorKind.COUNT,
            false,
            "select school_id, count(*), 0 from school_class group by school_id"),
        new Indicator(
            "pupilsWithNeeds",
            IndicatorKind.COUNT,
            true,
            "select c.school_id, count(distinct e.pupil_id), 0 "
                + PUPILS_OF_SCHOOL
                + "where exists (select 1 from pupil_need n where n.pupil_id = e.pupil_id)"
                + " group by c.school_id"),
        new Indicator(
            "adaptedProfiles",
            IndicatorKind.SHARE,
            true,
            "select c.school_id, count(p.account_id), count(*) "
                + PUPILS_OF_SCHOOL
                + "left join accessibility_profile p on p.account_id = e.pupil_id"
                + " group by c.school_id"),
        profile("profileContrast", "p.theme <> 'DEFAULT'"),
        profile("profileReadingFont", "p.font <> 'DEFAULT'"),
        profile("profileLargeText", "p.text_size > 100"),
        profile("profileSwitch", "(p.scanning or p.dwell_click)"),
        profile("profileSimplified", "p.simplified"),
        profile("profileCaptions", "p.captions"),
        profile("profileSpeech", "p.speak_on_focus"),
        profile("profileSyllables", "p.syllables"));
  }

  /** Pupils whose accessibility profile has one kind of adaptation. */
  private static Indicator profile(String key, String condition) {
    return new Indicator(
        key,
        IndicatorKind.COUNT,
        true,
        "select c.school_id, count(*), 0 "
            + PUPILS_OF_SCHOOL
            + "join accessibility_profile p on p.account_id = e.pupil_id where "
            + condition
            + " group by c.school_id");
  }
}
