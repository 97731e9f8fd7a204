package fr.passerelle.app.platform;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * How dates, times and numbers are written for one reader: the reader's language decides the words
 * and their order ("mardi 8 décembre" / "Tuesday, December 8"), the schools' zone decides the day
 * and hour of an instant. Obtained from {@link SchoolTime#formats(Locale)} with the UI's locale; no
 * other class writes a date pattern or a number format of its own.
 */
public final class Formats {

  private final Locale locale;
  private final ZoneId zone;

  Formats(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
  }

  public Locale locale() {
    return locale;
  }

  /** "08/12/2026". */
  public String shortDate(LocalDate date) {
    return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT), date);
  }

  /** "8 déc. 2026". */
  public String mediumDate(LocalDate date) {
    return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), date);
  }

  /** "8 décembre 2026". */
  public String date(LocalDate date) {
    return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), date);
  }

  /** "mardi 8 décembre 2026". */
  public String fullDate(LocalDate date) {
    return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL), date);
  }

  /**
   * "mardi 8 décembre" / "Tuesday, December 8": the day of this school year, without the year.
   * Written with each language's own pattern: the JDK's localized skeleton for it gives the short
   * form ("mar. 8 déc.").
   */
  public String dayAndMonth(LocalDate date) {
    return format(DateTimeFormatter.ofPattern(inLanguage("EEEE d MMMM", "EEEE, MMMM d")), date);
  }

  /** "8 décembre". */
  public String dayOfMonth(LocalDate date) {
    return format(DateTimeFormatter.ofLocalizedPattern("MMMMd"), date);
  }

  /** "mardi". */
  public String weekday(LocalDate date) {
    return format(DateTimeFormatter.ofPattern("EEEE"), date);
  }

  /** "14:05". */
  public String time(LocalTime time) {
    return format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), time);
  }

  /** "14:05", in the schools' zone. */
  public String time(Instant instant) {
    return format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), instant.atZone(zone));
  }

  /** "08/12/2026 14:05". */
  public String shortDateTime(Instant instant) {
    return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), instant.atZone(zone));
  }

  /** "08/12/2026 14:05:33": to the second, for logs. */
  public String shortDateTimeSeconds(Instant instant) {
    return format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM),
        instant.atZone(zone));
  }

  /** "8 déc. 2026, 14:05". */
  public String dateTime(Instant instant) {
    return format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT),
        instant.atZone(zone));
  }

  /** "8 décembre 2026 à 14:05". */
  public String longDateTime(Instant instant) {
    return format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT),
        instant.atZone(zone));
  }

  /** "mardi 8 décembre 2026 à 14:05". */
  public String fullDateTime(Instant instant) {
    return format(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT),
        instant.atZone(zone));
  }

  /**
   * "mardi 8 décembre à 14:05" / "Tuesday, December 8 at 2:05 PM": a moment of this school year
   * (the JDK cannot resolve a localized skeleton for it in French).
   */
  public String dayAndTime(Instant instant) {
    return format(
        DateTimeFormatter.ofPattern(
            inLanguage("EEEE d MMMM 'à' HH:mm", "EEEE, MMMM d 'at' h:mm a")),
        instant.atZone(zone));
  }

  /** "30 000". */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** "12,5" with at most this many digits after the decimal separator. */
  public String decimal(double value, int maxFractionDigits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(maxFractionDigits);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  /** "12,5" with exactly this many digits after the decimal separator. */
  public String fixed(double value, int fractionDigits) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(fractionDigits);
    format.setMinimumFractionDigits(fractionDigits);
    return format.format(value);
  }

  /** "42 %" for 0.42. */
  public String percent(double ratio) {
    return NumberFormat.getPercentInstance(locale).format(ratio);
  }

  /** "3,50 €" for 350 cents. */
  public String euros(long cents) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return format.format(cents / 100.0);
  }

  private String inLanguage(String french, String english) {
    return Languages.ENGLISH.equals(locale) ? english : french;
  }

  private String format(DateTimeFormatter formatter, TemporalAccessor value) {
    return formatter.withLocale(locale).format(value);
  }
}
