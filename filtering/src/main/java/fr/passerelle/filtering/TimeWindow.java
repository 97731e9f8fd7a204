package fr.passerelle.filtering;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a rule applies: some days of the week, from a time (included) to a time (excluded), local
 * time of the territory. Written {@code mon,tue,thu,fri 14:00-16:00}.
 */
public record TimeWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

  public TimeWindow {
    days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("A time window ends after it starts");
    }
  }

  public boolean contains(LocalDateTime time) {
    LocalTime t = time.toLocalTime();
    return days.contains(time.getDayOfWeek()) && !t.isBefore(from) && t.isBefore(to);
  }

  /**
   * Parses {@code [days ]HH:MM-HH:MM}; days as {@code mon,tue}, {@code mon-fri} or in French
   * ({@code lun,mar}).
   */
  public static TimeWindow parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    int space = s.lastIndexOf(' ');
    String dayPart = space < 0 ? "" : s.substring(0, space).strip();
    String timePart = space < 0 ? s : s.substring(space + 1);
    String[] times = timePart.split("-");
    if (times.length != 2) {
      throw new IllegalArgumentException("Expected HH:MM-HH:MM: " + text);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (!dayPart.isEmpty()) {
      for (String item : dayPart.split(",")) {
        String[] range = item.strip().split("-");
        DayOfWeek first = day(range[0]);
        DayOfWeek last = range.length > 1 ? day(range[1]) : first;
        for (int d = first.getValue(); d <= last.getValue(); d++) {
          days.add(DayOfWeek.of(d));
        }
      }
    }
    return new TimeWindow(days, time(times[0]), time(times[1]));
  }

  /** {@code 9:00}, {@code 09:00} or {@code 9h00}. */
  private static LocalTime time(String s) {
    String t = s.strip().replace('h', ':');
    return LocalTime.parse(t.indexOf(':') == 1 ? "0" + t : t);
  }

  private static final String[] FRENCH = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
  };

  /** A day by its English or French name or its first letters ({@code mon}, {@code lun}). */
  private static DayOfWeek day(String raw) {
    String s = raw.strip();
    for (int i = 0; i < FRENCH.length; i++) {
      if (s.length() >= 2 && FRENCH[i].startsWith(s)) {
        return DayOfWeek.of(i + 1);
      }
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(s.strip()) && s.strip().length() >= 2) {
        return d;
      }
    }
    throw new IllegalArgumentException("Unknown day: " + s);
  }

  @Override
  public String toString() {
    String d =
        days.size() == 7
            ? ""
            : days.stream()
                    .map(x -> x.name().substring(0, 3).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(","))
                + " ";
    return d + from + "-" + to;
  }
}
