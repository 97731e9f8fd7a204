package fr.passerelle.app.liaison.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;

/** Times as the families and the school read them: "28 nov. 2026, 09:15", in the schools' zone. */
final class Dates {

  private Dates() {}

  /** The page's language: its UI's, else the one being drawn, else French. */
  static Formats formats(SchoolTime time, Component in) {
    return time.formats(in);
  }

  static String of(SchoolTime time, Component in, Instant at) {
    return formats(time, in).dateTime(at);
  }
}
