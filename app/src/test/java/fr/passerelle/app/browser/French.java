package fr.passerelle.app.browser;

import fr.passerelle.app.shell.Translations;

/** The French texts the pages must show, read from the application's own bundle. */
public final class French {

  private static final Translations TRANSLATIONS = new Translations();

  private French() {}

  public static String text(String key, Object... params) {
    String text = TRANSLATIONS.getTranslation(key, Translations.FRENCH, params);
    if (text.startsWith("!")) {
      throw new IllegalArgumentException("No French text for " + key);
    }
    return text;
  }

  /** A page title: the view's words, then the application's name. */
  public static String title(String key, Object... params) {
    return text(key, params) + " – " + text("app.name");
  }

  /** What the live region says when a page opens. */
  public static String pageOpened(String title) {
    return text("shell.announce.page", title);
  }
}
