package fr.passerelle.app.analytics.ui;

import java.util.Locale;

/** Small helpers to write SVG by hand: escaping and numbers with a dot. */
final class Svg {

  private Svg() {}

  static String text(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
