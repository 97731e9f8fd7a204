package fr.passerelle.app.skills.ui;

import fr.passerelle.app.skills.CompetenceState;
import fr.passerelle.app.skills.SkillProgress;
import fr.passerelle.app.support.Svg;
import java.util.List;

/**
 * A pupil's progress as one picture: a row per area, a tile per competence with its code, and under
 * the code one small square per level, filled up to the level reached. Read as a single image (its
 * title and description say it in words); the table beside it gives every line.
 */
final class ProgressSvg {

  static final int WIDTH = 640;
  static final int ROW = 66;
  static final int LABELS = 232;
  static final int TILE = 94;
  static final int GAP = 8;

  private ProgressSvg() {}

  static String render(String id, String title, String description, SkillProgress progress) {
    List<List<CompetenceState>> rows =
        progress.competences().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    s -> s.competence().areaNumber(),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.toList()))
            .values()
            .stream()
            .toList();
    int height = rows.size() * ROW + 8;
    StringBuilder svg = Svg.openImage("pa-progress", id, WIDTH, height, title, description);
    for (int r = 0; r < rows.size(); r++) {
      List<CompetenceState> row = rows.get(r);
      int y = 8 + r * ROW;
      List<String> lines = lines(row.getFirst().competence().areaName());
      svg.append("<text class=\"area\" x=\"8\" y=\"")
          .append(lines.size() == 1 ? y + 34 : y + 24)
          .append("\">");
      for (int l = 0; l < lines.size(); l++) {
        svg.append("<tspan x=\"8\"")
            .append(l == 0 ? "" : " dy=\"20\"")
            .append(">")
            .append(Svg.text(lines.get(l)))
            .append("</tspan>");
      }
      svg.append("</text>");
      for (int c = 0; c < row.size(); c++) {
        CompetenceState state = row.get(c);
        int x = LABELS + c * (TILE + GAP);
        svg.append("<rect class=\"tile")
            .append(state.level() > 0 ? " reached" : "")
            .append("\" x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(TILE)
            .append("\" height=\"")
            .append(ROW - 10)
            .append("\" rx=\"6\"/><text class=\"code\" x=\"")
            .append(x + 10)
            .append("\" y=\"")
            .append(y + 22)
            .append("\">")
            .append(Svg.text(state.competence().code()))
            .append("</text>");
        for (int level = 1; level <= progress.topLevel(); level++) {
          svg.append("<rect class=\"step")
              .append(level <= state.level() ? " on" : "")
              .append("\" x=\"")
              .append(x + 10 + (level - 1) * 26)
              .append("\" y=\"")
              .append(y + 32)
              .append("\" width=\"18\" height=\"14\"/>");
        }
      }
    }
    return svg.append("</svg>").toString();
  }

  /** An area's name on two lines when long, cut at the space nearest its middle. */
  static List<String> lines(String name) {
    if (name.length() <= 16) {
      return List.of(name);
    }
    int middle = name.length() / 2;
    int cut = -1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ' && (cut < 0 || Math.abs(i - middle) < Math.abs(cut - middle))) {
        cut = i;
      }
    }
    return cut < 0 ? List.of(name) : List.of(name.substring(0, cut), name.substring(cut + 1));
  }
}
