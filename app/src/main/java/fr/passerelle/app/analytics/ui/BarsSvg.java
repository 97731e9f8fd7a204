package fr.passerelle.app.analytics.ui;

import fr.passerelle.app.support.Svg;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn on the server, with an optional reference line (the median). Bars
 * may be negative (a gap to the median): they grow left of the zero line. Each bar is a focusable
 * mark whose accessible name carries its value; the title and description summarise the chart, and
 * the same data is always given as a table beside it.
 */
final class BarsSvg {

  static final int WIDTH = 720;
  static final int ROW = 48;
  static final int LABELS = 250;
  static final int RIGHT = 110;
  static final int TOP = 40;

  private BarsSvg() {}

  /**
   * @param reference the value of the reference line, or null for none
   * @param referenceLabel its visible label
   */
  static String render(
      String id,
      String title,
      String description,
      List<Mark> bars,
      @Nullable Double reference,
      String referenceLabel) {
    double max = 0;
    double min = 0;
    for (Mark bar : bars) {
      if (bar.value() != null) {
        max = Math.max(max, bar.value());
        min = Math.min(min, bar.value());
      }
    }
    if (reference != null) {
      max = Math.max(max, reference);
      min = Math.min(min, reference);
    }
    if (max == min) {
      max = min + 1;
    }
    int height = TOP + bars.size() * ROW + 20;
    double plot = WIDTH - LABELS - RIGHT;
    double scale = plot / (max - min);
    double zero = LABELS + (0 - min) * scale;
    StringBuilder svg = Svg.open("pa-chart", id, WIDTH, height, title, description);
    svg.append("<line class=\"axis\" x1=\"")
        .append(Svg.n(zero))
        .append("\" y1=\"")
        .append(TOP - 8)
        .append("\" x2=\"")
        .append(Svg.n(zero))
        .append("\" y2=\"")
        .append(height - 12)
        .append("\"/>");
    for (int i = 0; i < bars.size(); i++) {
      Mark bar = bars.get(i);
      double y = TOP + i * ROW;
      double value = bar.value() == null ? 0 : bar.value();
      double x = value >= 0 ? zero : zero + value * scale;
      double w = Math.abs(value) * scale;
      svg.append("<g class=\"mark")
          .append(bar.value() == null ? " missing" : "")
          .append("\" tabindex=\"0\" role=\"img\" aria-label=\"")
          .append(Svg.text(bar.spoken()))
          .append("\"><title>")
          .append(Svg.text(bar.spoken()))
          .append("</title><rect class=\"ring\" x=\"2\" y=\"")
          .append(Svg.n(y - 3))
          .append("\" width=\"")
          .append(WIDTH - 4)
          .append("\" height=\"")
          .append(ROW - 2)
          .append("\"/><text x=\"")
          .append(LABELS - 10)
          .append("\" y=\"")
          .append(Svg.n(y + 27))
          .append("\" text-anchor=\"end\">")
          .append(Svg.text(shorten(bar.name())))
          .append("</text><rect class=\"bar\" x=\"")
          .append(Svg.n(x))
          .append("\" y=\"")
          .append(Svg.n(y + 8))
          .append("\" width=\"")
          .append(Svg.n(Math.max(w, bar.value() == null ? 0 : 1)))
          .append("\" height=\"")
          .append(ROW - 18)
          .append("\"/><text class=\"value\" x=\"")
          .append(Svg.n(Math.max(x + w, zero) + 8))
          .append("\" y=\"")
          .append(Svg.n(y + 27))
          .append("\">")
          .append(Svg.text(bar.shown()))
          .append("</text></g>");
    }
    if (reference != null) {
      double x = LABELS + (reference - min) * scale;
      svg.append("<line class=\"reference\" x1=\"")
          .append(Svg.n(x))
          .append("\" y1=\"")
          .append(TOP - 8)
          .append("\" x2=\"")
          .append(Svg.n(x))
          .append("\" y2=\"")
          .append(height - 12)
          .append("\"/><text class=\"reference-label\" x=\"")
          .append(Svg.n(Math.min(x, WIDTH - 150)))
          .append("\" y=\"")
          .append(TOP - 14)
          .append("\">")
          .append(Svg.text(referenceLabel))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** Long school names are cut in the picture only; the mark's name and the table keep them. */
  private static String shorten(String name) {
    return name.length() <= 30 ? name : name.substring(0, 29) + "…";
  }
}
