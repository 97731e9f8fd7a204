package fr.passerelle.app.platform;

import java.util.List;
import java.util.Locale;

/** The languages Passerelle speaks: French first (the default), English second. */
public final class Languages {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Every language, the default first. */
  public static final List<Locale> ALL = List.of(FRENCH, ENGLISH);

  private Languages() {}

  /** The language Passerelle speaks for a locale: English for English, French otherwise. */
  public static Locale of(Locale locale) {
    return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
  }
}
