package fr.passerelle.app.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The schools' time: one clock (the application's, which tests set) and one zone, from the
 * configuration ({@code passerelle.time-zone}, Europe/Paris by default). Every "today", "now", day
 * boundary and school year is read here; no other class names a zone.
 */
@Component
public class SchoolTime {

  private final Clock clock;
  private final ZoneId zone;

  @Autowired
  SchoolTime(Clock clock, @Value("${passerelle.time-zone:Europe/Paris}") String zone) {
    this(clock, ZoneId.of(zone));
  }

  private SchoolTime(Clock clock, ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  /** For code that runs outside Spring (benchmarks, tools) and for tests. */
  public static SchoolTime of(Clock clock, ZoneId zone) {
    return new SchoolTime(clock, zone);
  }

  public ZoneId zone() {
    return zone;
  }

  public Clock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today in the schools' zone. */
  public LocalDate today() {
    return dateOf(now());
  }

  /** The wall-clock time in the schools' zone. */
  public LocalTime timeNow() {
    return LocalTime.ofInstant(now(), zone);
  }

  public LocalDateTime localNow() {
    return LocalDateTime.ofInstant(now(), zone);
  }

  /** The schools' day an instant falls on. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public ZonedDateTime at(Instant instant) {
    return instant.atZone(zone);
  }

  /** The instant of a wall-clock time in the schools' zone. */
  public Instant instantOf(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(zone).toInstant();
  }

  public Instant instantOf(LocalDateTime dateTime) {
    return dateTime.atZone(zone).toInstant();
  }

  /** The first instant of a day in the schools' zone. */
  public Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** The school year under way today. */
  public SchoolYear schoolYear() {
    return SchoolYear.of(today());
  }

  public SchoolYear schoolYearOf(LocalDate date) {
    return SchoolYear.of(date);
  }

  /**
   * How dates, times and numbers are written on a page: in its UI's language, else the one being
   * drawn, else French.
   */
  public Formats formats(com.vaadin.flow.component.Component in) {
    return formats(
        in.getUI()
            .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
            .map(com.vaadin.flow.component.UI::getLocale)
            .orElse(Languages.FRENCH));
  }

  /** How dates, times and numbers are written for a reader's locale, in the schools' zone. */
  public Formats formats(Locale locale) {
    return new Formats(Languages.of(locale), zone);
  }
}
