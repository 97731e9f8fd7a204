package fr.passerelle.app.townhall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The days the canteen serves: Monday, Tuesday, Thursday and Friday (most of the area's schools
 * have no school on Wednesday). Changing that is one constant.
 */
public final class CanteenDays {

  public static final Set<DayOfWeek> OF_WEEK =
      Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  private CanteenDays() {}

  /** The Monday of the week of a day. */
  public static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The canteen days of the week starting on this Monday. */
  public static List<LocalDate> ofWeek(LocalDate monday) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LocalDate day = monday.plusDays(i);
      if (is(day)) {
        days.add(day);
      }
    }
    return days;
  }

  public static boolean is(LocalDate day) {
    return OF_WEEK.contains(day.getDayOfWeek());
  }

  /** The first canteen day from this day on. */
  public static LocalDate next(LocalDate from) {
    LocalDate day = from;
    while (!is(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
