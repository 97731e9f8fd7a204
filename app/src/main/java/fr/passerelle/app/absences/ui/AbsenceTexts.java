package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceNotice;
import fr.passerelle.app.absences.HalfDay;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import java.time.LocalDate;

/** How the absences' views say days, half-days and notices, in the reader's language. */
final class AbsenceTexts {

  private AbsenceTexts() {}

  /** The page's language: its UI's, else the one being drawn, else French. */
  static Formats formats(SchoolTime time, Component in) {
    return time.formats(in);
  }

  /** "lundi 24 novembre 2026". */
  static String day(SchoolTime time, Component in, LocalDate date) {
    return formats(time, in).fullDate(date);
  }

  /** "lundi 24 novembre 2026, matin". */
  static String halfDay(SchoolTime time, Component in, LocalDate date, HalfDay half) {
    return in.getTranslation("absences.when", day(time, in, date), half(in, half));
  }

  static String half(Component in, HalfDay half) {
    return in.getTranslation("absences.half." + half.name());
  }

  static String absence(SchoolTime time, Component in, Absence a) {
    return halfDay(time, in, a.day(), a.half());
  }

  /** "Signalée le 27/11/2026 à 08:12 par Karim Martin : du … au …, toute la journée. Maladie." */
  static String notice(SchoolTime time, Component in, AbsenceNotice n) {
    String sent = formats(time, in).shortDateTime(n.at());
    String span =
        n.from().equals(n.to())
            ? in.getTranslation("absences.notice.on", day(time, in, n.from()))
            : in.getTranslation(
                "absences.notice.span", day(time, in, n.from()), day(time, in, n.to()));
    return in.getTranslation(
        "absences.notice." + n.kind().name(),
        sent,
        n.parentName(),
        span,
        in.getTranslation("absences.part." + n.part().name()),
        in.getTranslation("absences.reason." + n.reason().name()));
  }
}
