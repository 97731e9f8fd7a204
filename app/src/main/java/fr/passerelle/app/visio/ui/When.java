package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.internal.Occurrences;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as people read them, in French local time. */
final class When {

  private When() {}

  static String of(Component view, Instant instant) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
        .withLocale(locale(view))
        .withZone(Occurrences.ZONE)
        .format(instant);
  }

  static String time(Component view, Instant instant) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(locale(view))
        .withZone(Occurrences.ZONE)
        .format(instant);
  }

  private static java.util.Locale locale(Component view) {
    return view.getUI()
        .map(com.vaadin.flow.component.UI::getLocale)
        .orElseGet(
            () ->
                com.vaadin.flow.component.UI.getCurrent() == null
                    ? java.util.Locale.FRENCH
                    : com.vaadin.flow.component.UI.getCurrent().getLocale());
  }

  /** "Lecture – CE1 – lundi 7 janvier 2030 à 09:00 (chaque semaine)". */
  static String line(Component view, SessionSummary s) {
    String when =
        s.live()
            ? view.getTranslation("visio.session.liveNow")
            : s.next() == null ? "" : of(view, s.next());
    return view.getTranslation(
        s.weekly() ? "visio.session.lineWeekly" : "visio.session.line",
        s.title(),
        s.className(),
        when,
        s.durationMinutes());
  }
}
