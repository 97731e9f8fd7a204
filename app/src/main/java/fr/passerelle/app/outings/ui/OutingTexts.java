package fr.passerelle.app.outings.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.outings.Answer;
import fr.passerelle.app.outings.Outing;
import fr.passerelle.app.outings.OutingException;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The outings' words, dates and costs, in the page's language ({@link SchoolTime}'s formats). */
final class OutingTexts {

  private OutingTexts() {}

  /** The page's language: its UI's, else the one being drawn, else French. */
  static Formats formats(SchoolTime time, Component in) {
    return time.formats(in);
  }

  /** "jeudi 10 décembre 2026". */
  static String day(SchoolTime time, Component in, LocalDate day) {
    return formats(time, in).fullDate(day);
  }

  static String hour(SchoolTime time, Component in, LocalTime at) {
    return formats(time, in).time(at);
  }

  /** "29/11/2026 10:32", in the schools' time zone. */
  static String moment(SchoolTime time, Component in, Answer answer) {
    return formats(time, in).shortDateTime(answer.at());
  }

  /** "jeudi 10 décembre 2026, de 09:00 à 16:30". */
  static String when(SchoolTime time, Component in, Outing outing) {
    return in.getTranslation(
        "outings.when",
        day(time, in, outing.date()),
        hour(time, in, outing.departs()),
        hour(time, in, outing.returns()));
  }

  /** "Coût : 4,00 €", or free. */
  static String cost(SchoolTime time, Component in, Outing outing) {
    return in.getTranslation(
        "outings.cost",
        outing.costCents() == 0
            ? in.getTranslation("outings.free")
            : formats(time, in).euros(outing.costCents()));
  }

  static String state(Component in, @Nullable Answer answer) {
    if (answer == null) {
      return in.getTranslation("outings.state.none");
    }
    return in.getTranslation(
        answer.authorised() ? "outings.state.authorised" : "outings.state.refused");
  }

  /** A refusal's text, with its days written out. */
  static String message(SchoolTime time, Component in, OutingException e) {
    Object[] args =
        Arrays.stream(e.arguments())
            .map(a -> a instanceof LocalDate d ? day(time, in, d) : a)
            .toArray();
    return in.getTranslation(e.messageKey(), args);
  }
}
