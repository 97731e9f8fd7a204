package fr.passerelle.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The day-of-the-year formats read in full, in both languages, in the schools' zone. */
class FormatsTest {

  static final SchoolTime TIME = SchoolTime.of(Clock.systemUTC(), ZoneId.of("Europe/Paris"));

  static final LocalDate DAY = LocalDate.of(2026, 12, 8);

  /** 14:05:33 in Paris (UTC+1 in December). */
  static final Instant MOMENT = Instant.parse("2026-12-08T13:05:33Z");

  @Test
  void aDayOfThisSchoolYearIsWrittenInFullWords() {
    assertThat(TIME.formats(Languages.FRENCH).dayAndMonth(DAY)).isEqualTo("mardi 8 décembre");
    assertThat(TIME.formats(Languages.ENGLISH).dayAndMonth(DAY)).isEqualTo("Tuesday, December 8");
  }

  @Test
  void aMomentOfThisSchoolYearGivesItsDayAndHourInTheSchoolsZone() {
    assertThat(TIME.formats(Languages.FRENCH).dayAndTime(MOMENT))
        .isEqualTo("mardi 8 décembre à 14:05");
    assertThat(TIME.formats(Languages.ENGLISH).dayAndTime(MOMENT))
        .isEqualTo("Tuesday, December 8 at 2:05 PM");
  }

  @Test
  void aLogLineIsWrittenToTheSecond() {
    assertThat(TIME.formats(Languages.FRENCH).shortDateTimeSeconds(MOMENT))
        .isEqualTo("08/12/2026 14:05:33");
  }
}
