package fr.passerelle.accessibility;

import java.util.Locale;

/** WCAG 2.x relative luminance and contrast ratio of sRGB colours written as #rrggbb or #rgb. */
public final class Contrast {

  private Contrast() {}

  /** The contrast ratio between two colours, from 1 to 21. */
  public static double ratio(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The relative luminance of a colour, from 0 (black) to 1 (white). */
  public static double luminance(String colour) {
    int[] rgb = parse(colour);
    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  static int[] parse(String colour) {
    String hex = colour.trim().toLowerCase(Locale.ROOT);
    if (!hex.matches("#([0-9a-f]{3}|[0-9a-f]{6})")) {
      throw new IllegalArgumentException("Not a #rgb or #rrggbb colour: " + colour);
    }
    if (hex.length() == 4) {
      hex =
          "#"
              + hex.charAt(1)
              + hex.charAt(1)
              + hex.charAt(2)
              + hex.charAt(2)
              + hex.charAt(3)
              + hex.charAt(3);
    }
    return new int[] {
      Integer.parseInt(hex.substring(1, 3), 16),
      Integer.parseInt(hex.substring(3, 5), 16),
      Integer.parseInt(hex.substring(5, 7), 16)
    };
  }
}
