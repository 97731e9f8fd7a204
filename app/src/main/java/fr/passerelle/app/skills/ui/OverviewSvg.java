package fr.passerelle.app.skills.ui;

import fr.passerelle.app.support.Svg;
import java.util.List;

/**
 * The class overview as a chart drawn on the server: a bar per competence, shared between the
 * pupils at each level (none yet, then level 1, 2, 3, from lighter to darker, each with its number
 * written in it when it fits). Each bar is a focusable mark whose accessible name says every
 * number; the legend says which shade is which level; the same numbers are in the table beside it.
 */
final class OverviewSvg {

  static final int WIDTH = 720;
  static final int ROW = 48;
  static final int LABELS = 300;
  static final int RIGHT = 20;
  static final int TOP = 48;

  /** One bar: its visible label, its spoken name, and the pupils at each level (0 = none yet). */
  record Bar(String label, String spoken, List<Integer> counts) {}

  private OverviewSvg() {}

  static String render(
      String id, String title, String description, List<String> legend, List<Bar> bars) {
    int height = TOP + bars.size() * ROW + 12;
    double plot = WIDTH - LABELS - RIGHT;
    StringBuilder svg = Svg.open("pa-chart pa-overview", id, WIDTH, height, title, description);
    for (int i = 0; i < legend.size(); i++) {
      int x = LABELS + i * 100;
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
    for (int b = 0; b < bars.size(); b++) {
      Bar bar = bars.get(b);
      double y = TOP + b * ROW;
      int total = bar.counts().stream().mapToInt(Integer::intValue).sum();
      svg.append("<g class=\"mark\" tabindex=\"0\" role=\"img\" aria-label=\"")
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
          .append(Svg.text(shorten(bar.label())))
          .append("</text>");
      double x = LABELS;
      for (int level = 0; level < bar.counts().size(); level++) {
        int count = bar.counts().get(level);
        if (count == 0 || total == 0) {
          continue;
        }
        double w = plot * count / total;
        svg.append("<rect class=\"seg l")
            .append(level)
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

  /** Long names are cut in the picture only; the mark's name and the table keep them. */
  private static String shorten(String name) {
    return name.length() <= 36 ? name : name.substring(0, 35) + "…";
  }
}
