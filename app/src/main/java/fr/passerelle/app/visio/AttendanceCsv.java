package fr.passerelle.app.visio;

import fr.passerelle.app.visio.internal.Occurrences;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attendance as a CSV file for a spreadsheet: semicolons (French spreadsheets), French local
 * times, whole minutes; headings given by the caller in the person's language.
 */
public final class AttendanceCsv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Occurrences.ZONE);

  private AttendanceCsv() {}

  public static String write(List<AttendanceLine> lines, List<String> headings) {
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(";", headings.stream().map(AttendanceCsv::cell).toList()))
        .append("\r\n");
    for (AttendanceLine line : lines) {
      csv.append(cell(line.name()))
          .append(';')
          .append(time(line.firstJoined()))
          .append(';')
          .append(time(line.lastLeft()))
          .append(';')
          .append(line.duration().toMinutes())
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String time(@Nullable Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** Quotes a cell when needed; a leading formula character is neutralised. */
  private static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(";") || v.contains("\"") || v.contains("\n")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
