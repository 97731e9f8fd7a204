package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.Languages;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.visio.SessionSummary;

/** A session as lists show it, its date and time written for the reader. */
final class When {

  private When() {}

  /** How dates are written for the current page's reader (French without a page). */
  static Formats formats(SchoolTime time) {
    UI ui = UI.getCurrent();
    return time.formats(ui == null ? Languages.FRENCH : ui.getLocale());
  }

  /** "Lecture – CE1 – lundi 7 janvier 2030 à 09:00 (chaque semaine)". */
  static String line(Component view, Formats formats, SessionSummary s) {
    String when =
        s.live()
            ? view.getTranslation("visio.session.liveNow")
            : s.next() == null ? "" : formats.fullDateTime(s.next());
    return view.getTranslation(
        s.weekly() ? "visio.session.lineWeekly" : "visio.session.line",
        s.title(),
        s.className(),
        when,
        s.durationMinutes());
  }
}
