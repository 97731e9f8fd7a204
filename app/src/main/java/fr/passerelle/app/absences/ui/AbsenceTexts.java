package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceNotice;
import fr.passerelle.app.absences.HalfDay;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the absences' views say days, half-days and notices, in the reader's language. */
final class AbsenceTexts {

  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private AbsenceTexts() {}

  static String day(LocalDate date) {
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()));
  }

  /** "lundi 24 novembre 2026, matin". */
  static String halfDay(Component in, LocalDate date, HalfDay half) {
    return in.getTranslation("absences.when", day(date), half(in, half));
  }

  static String half(Component in, HalfDay half) {
    return in.getTranslation("absences.half." + half.name());
  }

  static String absence(Component in, Absence a) {
    return halfDay(in, a.day(), a.half());
  }

  /** "Signalée le 27/11/2026 à 08:12 par Karim Martin : du … au …, toute la journée. Maladie." */
  static String notice(Component in, AbsenceNotice n) {
    var at = n.at().atZone(ZONE);
    String sent =
        at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale()));
    String span =
        n.from().equals(n.to())
            ? in.getTranslation("absences.notice.on", day(n.from()))
            : in.getTranslation("absences.notice.span", day(n.from()), day(n.to()));
    return in.getTranslation(
        "absences.notice." + n.kind().name(),
        sent,
        n.parentName(),
        span,
        in.getTranslation("absences.part." + n.part().name()),
        in.getTranslation("absences.reason." + n.reason().name()));
  }

  private static Locale locale() {
    UI ui = UI.getCurrent();
    return ui == null ? Locale.FRENCH : ui.getLocale();
  }
}
