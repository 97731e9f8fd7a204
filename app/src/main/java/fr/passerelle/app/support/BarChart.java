package fr.passerelle.app.support;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal bar charts written on the server as SVG, a row per thing. Each row is a focusable mark
 * (in the tab order, read as one image) whose accessible name and tooltip say its numbers, with a
 * ring drawn around it on focus and its label on the left (cut in the picture only; the name and
 * the table beside the chart keep it whole). Then its bar: either one signed value from a zero line
 * (negative values grow to the left), with an optional reference line such as the median, or the
 * parts of a whole side by side, with a legend. The picture is a group named by its title and
 * described by its description ({@link Svg#open}).
 */
public final class BarChart {

  public static final int WIDTH = 720;
  public static final int ROW = 48;

  /**
   * Where things go: the width kept for the labels on the left and for the values on the right, the
   * space above the first row and below the last, the longest label written in full.
   */
  public record Layout(int labels, int right, int top, int bottom, int longestLabel) {}

  /**
   * A row with one signed value.
   *
   * @param value what sizes the bar, or null when it is hidden or has no data (drawn as missing)
   * @param shown the value as written at the end of the bar
   */
  public record Value(String label, String spoken, @Nullable Double value, String shown) {}

  /** A row shared between parts: how many things fall in each part, in the legend's order. */
  public record Parts(String label, String spoken, List<Integer> counts) {}

  private BarChart() {}

  /**
   * A bar per row from the zero line, its value written after it, and the reference line when there
   * is one.
   *
   * @param reference the value of the reference line, or null for none
   * @param referenceLabel its visible label
   */
  public static String values(
      String cssClass,
      String id,
      String title,
      String description,
      Layout layout,
      List<Value> rows,
      @Nullable Double reference,
      String referenceLabel) {
    double max = 0;
    double min = 0;
    for (Value row : rows) {
      if (row.value() != null) {
        max = Math.max(max, row.value());
        min = Math.min(min, row.value());
      }
    }
    if (reference != null) {
      max = Math.max(max, reference);
      min = Math.min(min, reference);
    }
    if (max == min) {
      max = min + 1;
    }
    int height = height(layout, rows.size());
    double scale = plot(layout) / (max - min);
    double zero = layout.labels() + (0 - min) * scale;
    StringBuilder svg = Svg.open(cssClass, id, WIDTH, height, title, description);
    verticalLine(svg, "axis", zero, layout, height);
    for (int i = 0; i < rows.size(); i++) {
      Value row = rows.get(i);
      double y = layout.top() + i * ROW;
      double value = row.value() == null ? 0 : row.value();
      double x = value >= 0 ? zero : zero + value * scale;
      double w = Math.abs(value) * scale;
      openRow(svg, layout, y, row.value() == null ? " missing" : "", row.spoken(), row.label());
      svg.append("<rect class=\"bar\" x=\"")
          .append(Svg.n(x))
          .append("\" y=\"")
          .append(Svg.n(y + 8))
          .append("\" width=\"")
          .append(Svg.n(Math.max(w, row.value() == null ? 0 : 1)))
          .append("\" height=\"")
          .append(ROW - 18)
          .append("\"/><text class=\"value\" x=\"")
          .append(Svg.n(Math.max(x + w, zero) + 8))
          .append("\" y=\"")
          .append(Svg.n(y + 27))
          .append("\">")
          .append(Svg.text(row.shown()))
          .append("</text></g>");
    }
    if (reference != null) {
      double x = layout.labels() + (reference - min) * scale;
      verticalLine(svg, "reference", x, layout, height);
      svg.append("<text class=\"reference-label\" x=\"")
          .append(Svg.n(Math.min(x, WIDTH - 150)))
          .append("\" y=\"")
          .append(layout.top() - 14)
          .append("\">")
          .append(Svg.text(referenceLabel))
          .append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * A legend (a square of each part's shade and its name), then a bar per row shared between its
   * parts in proportion, each part's count written in it when it fits. Part {@code i} has the class
   * {@code seg l<i>}.
   */
  public static String parts(
      String cssClass,
      String id,
      String title,
      String description,
      Layout layout,
      List<String> legend,
      List<Parts> rows) {
    int height = height(layout, rows.size());
    double plot = plot(layout);
    StringBuilder svg = Svg.open(cssClass, id, WIDTH, height, title, description);
    for (int i = 0; i < legend.size(); i++) {
      int x = layout.labels() + i * 100;
      svg.append("<rect class=\"seg l")
          .append(i)
          .append("\" x=\"")
          .append(x)
          .append("\" y=\"12\" width=\"18\" height=\"18\"/><text class=\"legend\" x=\"")
          .append(x + 24)
          .append("\" y=\"26\">")
          .append(Svg.text(legend.get(i)))
          .append("</text>");
    }
    for (int r = 0; r < rows.size(); r++) {
      Parts row = rows.get(r);
      double y = layout.top() + r * ROW;
      int total = row.counts().stream().mapToInt(Integer::intValue).sum();
      openRow(svg, layout, y, "", row.spoken(), row.label());
      double x = layout.labels();
      for (int part = 0; part < row.counts().size(); part++) {
        int count = row.counts().get(part);
        if (count == 0 || total == 0) {
          continue;
        }
        double w = plot * count / total;
        svg.append("<rect class=\"seg l")
            .append(part)
            .append("\" x=\"")
            .append(Svg.n(x))
            .append("\" y=\"")
            .append(Svg.n(y + 8))
            .append("\" width=\"")
            .append(Svg.n(w))
            .append("\" height=\"")
            .append(ROW - 18)
            .append("\"/>");
        if (w >= 28) {
          svg.append("<text class=\"count\" x=\"")
              .append(Svg.n(x + w / 2))
              .append("\" y=\"")
              .append(Svg.n(y + 28))
              .append("\" text-anchor=\"middle\">")
              .append(count)
              .append("</text>");
        }
        x += w;
      }
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  private static int height(Layout layout, int rows) {
    return layout.top() + rows * ROW + layout.bottom();
  }

  private static double plot(Layout layout) {
    return WIDTH - layout.labels() - layout.right();
  }

  /** A row's mark opened: named, focusable, its focus ring and its label; the bar follows. */
  private static void openRow(
      StringBuilder svg, Layout layout, double y, String extraClass, String spoken, String label) {
    svg.append("<g class=\"mark")
        .append(extraClass)
        .append("\" tabindex=\"0\" role=\"img\" aria-label=\"")
        .append(Svg.text(spoken))
        .append("\"><title>")
        .append(Svg.text(spoken))
        .append("</title><rect class=\"ring\" x=\"2\" y=\"")
        .append(Svg.n(y - 3))
        .append("\" width=\"")
        .append(WIDTH - 4)
        .append("\" height=\"")
        .append(ROW - 2)
        .append("\"/><text x=\"")
        .append(layout.labels() - 10)
        .append("\" y=\"")
        .append(Svg.n(y + 27))
        .append("\" text-anchor=\"end\">")
        .append(Svg.text(shorten(label, layout.longestLabel())))
        .append("</text>");
  }

  private static void verticalLine(
      StringBuilder svg, String cssClass, double x, Layout layout, int height) {
    svg.append("<line class=\"")
        .append(cssClass)
        .append("\" x1=\"")
        .append(Svg.n(x))
        .append("\" y1=\"")
        .append(layout.top() - 8)
        .append("\" x2=\"")
        .append(Svg.n(x))
        .append("\" y2=\"")
        .append(height - 12)
        .append("\"/>");
  }

  /** Long labels are cut in the picture only. */
  private static String shorten(String label, int longest) {
    return label.length() <= longest ? label : label.substring(0, longest - 1) + "…";
  }
}
