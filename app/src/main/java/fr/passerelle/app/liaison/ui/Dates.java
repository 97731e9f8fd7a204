package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times as the families and the school read them: "28 nov. 2026, 09:15", in the schools' zone. */
final class Dates {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private Dates() {}

  static String of(Component in, Instant at) {
    Locale locale =
        in.getUI()
            .or(() -> java.util.Optional.ofNullable(UI.getCurrent()))
            .map(UI::getLocale)
            .orElse(Locale.FRENCH);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(at.atZone(ZONE));
  }
}
