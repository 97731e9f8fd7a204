package fr.passerelle.app.visio;

import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attendance as rows for a spreadsheet ({@code support.CsvFiles} writes them): headings given
 * by the caller in the person's language, then one row per person with their first arrival and last
 * departure (local times of the schools' zone, {@code 2030-01-07 10:31}, which spreadsheets read as
 * dates) and their whole minutes.
 */
public final class AttendanceCsv {

  private AttendanceCsv() {}

  public static List<List<@Nullable Object>> rows(
      List<AttendanceLine> lines, List<String> headings, SchoolTime time) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    rows.add(List.copyOf(headings));
    for (AttendanceLine line : lines) {
      rows.add(
          List.of(
              line.name(),
              at(line.firstJoined(), time),
              at(line.lastLeft(), time),
              line.duration().toMinutes()));
    }
    return rows;
  }

  /** "2030-01-07 10:31"; empty for someone still in the room. */
  private static String at(@Nullable Instant instant, SchoolTime time) {
    if (instant == null) {
      return "";
    }
    LocalDateTime local = time.at(instant).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    return local.toLocalDate() + " " + local.toLocalTime();
  }
}
