package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.platform.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Days and deadlines in the reader's language: "lundi 30 novembre", "… à 10:00". */
final class Days {

  private Days() {}

  /** "Lundi 30 novembre", for the start of a line. */
  static String day(Formats formats, LocalDate day) {
    String text = formats.dayAndMonth(day);
    return text.substring(0, 1).toUpperCase(formats.locale()) + text.substring(1);
  }

  /** "lundi 30 novembre", inside a sentence. */
  static String lower(Formats formats, LocalDate day) {
    return formats.dayAndMonth(day);
  }

  /** "samedi 28 novembre à 10:00". */
  static String moment(Component in, Formats formats, LocalDateTime at) {
    return in.getTranslation(
        "townhall.moment", lower(formats, at.toLocalDate()), formats.time(at.toLocalTime()));
  }
}
