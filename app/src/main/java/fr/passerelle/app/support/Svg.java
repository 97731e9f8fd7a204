package fr.passerelle.app.support;

import java.util.Locale;

/** Small helpers to write SVG by hand: escaping and numbers with a dot. */
public final class Svg {

  private Svg() {}

  public static String text(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /**
   * Opens a picture with marks of its own (each focusable, each named): its size, a group named by
   * its title and described by its description (both also in the SVG, for tools that read SVG
   * alone), and a background filling it.
   */
  public static StringBuilder open(
      String cssClass, String id, int width, int height, String title, String description) {
    return open("group", cssClass, id, width, height, title, description);
  }

  /**
   * Opens a picture read as one image (nothing inside it takes the focus), named and described the
   * same way.
   */
  public static StringBuilder openImage(
      String cssClass, String id, int width, int height, String title, String description) {
    return open("img", cssClass, id, width, height, title, description);
  }

  private static StringBuilder open(
      String role,
      String cssClass,
      String id,
      int width,
      int height,
      String title,
      String description) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(cssClass)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"")
        .append(role)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title\" aria-describedby=\"")
        .append(id)
        .append("-desc\"><title id=\"")
        .append(id)
        .append("-title\">")
        .append(text(title))
        .append("</title><desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(text(description))
        .append("</desc><rect class=\"ground\" x=\"0\" y=\"0\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\"/>");
  }

  public static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
