package fr.passerelle.app.absences;

import java.time.LocalDate;
import java.util.List;

/** The roll call of a class for a half-day; {@code taken} once the teacher has saved it. */
public record RollCall(
    long classId,
    String className,
    LocalDate day,
    HalfDay half,
    boolean taken,
    List<RollLine> lines) {

  public RollCall {
    lines = List.copyOf(lines);
  }

  public long absentCount() {
    return lines.stream().filter(RollLine::absent).count();
  }
}
