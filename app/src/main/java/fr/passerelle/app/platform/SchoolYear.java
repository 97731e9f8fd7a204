package fr.passerelle.app.platform;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, from the first of September to the thirty-first of August (the dates a year
 * switches on are the territory's to set; these bounds only say which year a date belongs to).
 *
 * @param startYear the calendar year of its September ("2026" for 2026-2027)
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

  /** The month a school year starts in. */
  public static final Month FIRST_MONTH = Month.SEPTEMBER;

  /** The school year a date belongs to. */
  public static SchoolYear of(LocalDate date) {
    return new SchoolYear(
        date.getMonthValue() >= FIRST_MONTH.getValue() ? date.getYear() : date.getYear() - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, FIRST_MONTH, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusYears(1).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  public SchoolYear previous() {
    return new SchoolYear(startYear - 1);
  }

  /** "2026-2027", as schools write it. */
  public String label() {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }
}
