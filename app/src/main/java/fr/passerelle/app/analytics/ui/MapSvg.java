package fr.passerelle.app.analytics.ui;

import fr.passerelle.app.support.Svg;
import java.util.List;

/**
 * The territory drawn on the server from the communes' own coordinates: no tile server, works
 * offline. Each commune is a circle whose area follows its value, and a focusable mark whose
 * accessible name gives the commune, the indicator and the value.
 */
final class MapSvg {

  static final int WIDTH = 640;
  static final int HEIGHT = 440;
  static final int PAD = 70;

  private MapSvg() {}

  static String render(String id, String title, String description, List<Mark> marks) {
    double minLat = marks.stream().mapToDouble(Mark::lat).min().orElse(0);
    double maxLat = marks.stream().mapToDouble(Mark::lat).max().orElse(0);
    double minLon = marks.stream().mapToDouble(Mark::lon).min().orElse(0);
    double maxLon = marks.stream().mapToDouble(Mark::lon).max().orElse(0);
    // Equirectangular projection, corrected for the latitude: fine at a metropolitan scale.
    double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double spanX = Math.max((maxLon - minLon) * cos, 1e-6);
    double spanY = Math.max(maxLat - minLat, 1e-6);
    double scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
    double max =
        marks.stream().filter(m -> m.value() != null).mapToDouble(Mark::value).max().orElse(1);
    StringBuilder svg = Svg.open("pa-map", id, WIDTH, HEIGHT, title, description);
    for (Mark mark : marks) {
      double x = PAD + (mark.lon() - minLon) * cos * scale;
      double y = PAD + (maxLat - mark.lat()) * scale;
      if (marks.size() == 1) {
        x = WIDTH / 2.0;
        y = HEIGHT / 2.0;
      }
      double r =
          mark.value() == null || max <= 0
              ? 6
              : 6 + 30 * Math.sqrt(Math.max(0, mark.value()) / max);
      svg.append("<g class=\"mark")
          .append(mark.value() == null ? " missing" : "")
          .append("\" tabindex=\"0\" role=\"img\" aria-label=\"")
          .append(Svg.text(mark.spoken()))
          .append("\"><title>")
          .append(Svg.text(mark.spoken()))
          .append("</title><circle class=\"ring\" cx=\"")
          .append(Svg.n(x))
          .append("\" cy=\"")
          .append(Svg.n(y))
          .append("\" r=\"")
          .append(Svg.n(Math.max(r + 5, 24)))
          .append("\"/><circle class=\"dot\" cx=\"")
          .append(Svg.n(x))
          .append("\" cy=\"")
          .append(Svg.n(y))
          .append("\" r=\"")
          .append(Svg.n(r))
          .append("\"/><text x=\"")
          .append(Svg.n(x))
          .append("\" y=\"")
          .append(Svg.n(y + r + 16))
          .append("\" text-anchor=\"middle\">")
          .append(Svg.text(mark.name()))
          .append("</text><text class=\"value\" x=\"")
          .append(Svg.n(x))
          .append("\" y=\"")
          .append(Svg.n(y + r + 32))
          .append("\" text-anchor=\"middle\">")
          .append(Svg.text(mark.shown()))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }
}
