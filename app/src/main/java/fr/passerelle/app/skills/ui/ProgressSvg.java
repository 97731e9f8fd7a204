package fr.passerelle.app.skills.ui;

import fr.passerelle.app.skills.CompetenceState;
import fr.passerelle.app.skills.Progress;
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

  static String render(String id, String title, String description, Progress progress) {
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
      svg.append("<text class=\"area\" x=\"8\" y=\"")
          .append(y + 34)
          .append("\">")
          .append(Svg.text(row.getFirst().competence().areaName()))
          .append("</text>");
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
}
