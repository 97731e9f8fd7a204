package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and deadlines in the reader's language: "lundi 30 novembre", "… à 10:00". */
final class Days {

  private Days() {}

  static String day(Component in, LocalDate day) {
    String text = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale(in)));
    return text.substring(0, 1).toUpperCase(locale(in)) + text.substring(1);
  }

  static String lower(Component in, LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale(in)));
  }

  static String moment(Component in, LocalDateTime at) {
    return in.getTranslation(
        "townhall.moment",
        lower(in, at.toLocalDate()),
        at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
  }

  static Locale locale(Component in) {
    com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
    return ui == null ? Locale.FRENCH : ui.getLocale();
  }
}
