package fr.passerelle.app.outings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.passerelle.app.outings.Answer;
import fr.passerelle.app.outings.Outing;
import fr.passerelle.app.outings.OutingException;
import fr.passerelle.app.outings.OutingService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The outings' words and dates, in the page's language. */
final class OutingTexts {

  private OutingTexts() {}

  /** "jeudi 10 décembre 2026". */
  static String day(Component in, LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
  }

  static String time(Component in, LocalTime time) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
  }

  /** "29/11/2026 10:32", in the schools' time zone. */
  static String moment(Component in, Answer answer) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
        .withLocale(locale())
        .format(LocalDateTime.ofInstant(answer.at(), OutingService.ZONE));
  }

  /** "jeudi 10 décembre 2026, de 09:00 à 16:30". */
  static String when(Component in, Outing outing) {
    return in.getTranslation(
        "outings.when",
        day(in, outing.date()),
        time(in, outing.departs()),
        time(in, outing.returns()));
  }

  static String cost(Component in, Outing outing) {
    return in.getTranslation(
        "outings.cost",
        outing.costCents() == 0
            ? in.getTranslation("outings.free")
            : OutingService.euros(outing.costCents()));
  }

  static String state(Component in, @Nullable Answer answer) {
    if (answer == null) {
      return in.getTranslation("outings.state.none");
    }
    return in.getTranslation(
        answer.authorised() ? "outings.state.authorised" : "outings.state.refused");
  }

  private static Locale locale() {
    UI ui = UI.getCurrent();
    return ui == null ? Locale.FRENCH : ui.getLocale();
  }

  /** A refusal's text, with its days written out. */
  static String message(Component in, OutingException e) {
    Object[] args =
        Arrays.stream(e.arguments()).map(a -> a instanceof LocalDate d ? day(in, d) : a).toArray();
    return in.getTranslation(e.messageKey(), args);
  }
}
