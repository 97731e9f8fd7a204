package fr.passerelle.app.townhall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A commune's canteen deadline: a day's meal is booked or cancelled until {@code daysBefore} days
 * before it, at {@code at} (the schools' time).
 */
public record Deadline(int daysBefore, LocalTime at) {

  public static final Deadline DEFAULT = new Deadline(2, LocalTime.of(10, 0));
  public static final int MAX_DAYS = 14;

  public Deadline {
    if (daysBefore < 0 || daysBefore > MAX_DAYS) {
      throw new IllegalArgumentException("days before: " + daysBefore);
    }
  }

  /** When changes for this day close. */
  public LocalDateTime closesAt(LocalDate day) {
    return day.minusDays(daysBefore).atTime(at);
  }
}
