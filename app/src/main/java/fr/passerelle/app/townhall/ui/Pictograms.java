package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import fr.passerelle.app.support.Svg;
import fr.passerelle.app.townhall.Course;

/**
 * Simple line pictograms for pupils who cannot read yet: one per course and one for a vegetarian
 * dish. Drawn in {@code currentColor}, so each theme's text colour gives them its contrast (at
 * least 4.5:1, 7:1 in the high-contrast themes), and forced colours keep them visible. Each is an
 * image named by its text alternative.
 */
final class Pictograms {

  private Pictograms() {}

  static String path(Course course) {
    return switch (course) {
      // A bowl with leaves.
      case STARTER ->
          "<path d=\"M6 24h36a18 16 0 0 1-36 0z\"/><path d=\"M16 22c0-6 4-10 9-12\"/>"
              + "<path d=\"M26 22c1-5 5-9 10-10\"/><path d=\"M12 22c-1-4 1-8 4-10\"/>";
      // A plate between a fork and a knife.
      case MAIN ->
          "<circle cx=\"24\" cy=\"25\" r=\"11\"/><circle cx=\"24\" cy=\"25\" r=\"6\"/>"
              + "<path d=\"M6 8v10M4 8v6a2 2 0 0 0 4 0V8M6 18v22\"/>"
              + "<path d=\"M42 8c-4 3-4 10 0 12v20\"/>";
      // A carrot.
      case SIDE ->
          "<path d=\"M12 40 30 16l4 4z\"/><path d=\"M32 18l6-10M32 18l10-4M32 18l2-12\"/>"
              + "<path d=\"M20 32l-3-3M24 27l-3-3\"/>";
      // A wedge of cheese with holes.
      case DAIRY ->
          "<path d=\"M6 36V26L40 12v24z\"/><path d=\"M6 26h34\"/>"
              + "<circle cx=\"16\" cy=\"31\" r=\"2.5\"/><circle cx=\"30\" cy=\"30\" r=\"3\"/>";
      // An apple.
      case DESSERT ->
          "<path d=\"M24 16c-8-5-17 0-16 10 1 9 7 16 12 16 2 0 3-1 4-1s2 1 4 1c5 0 11-7 12-16"
              + " 1-10-8-15-16-10z\"/><path d=\"M24 16c0-4 1-7 3-9\"/>"
              + "<path d=\"M27 10c3-3 7-3 9-2-2 3-6 4-9 2z\"/>";
    };
  }

  /** A leaf with its vein. */
  static final String LEAF =
      "<path d=\"M10 40C8 22 20 8 40 8c0 20-12 32-30 32z\"/><path d=\"M10 40 30 18\"/>";

  static String svg(String paths, String label, String cssClass) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" class=\"th-picto "
        + cssClass
        + "\" role=\"img\" aria-label=\""
        + Svg.text(label)
        + "\" focusable=\"false\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\""
        + " stroke-linecap=\"round\" stroke-linejoin=\"round\">"
        + paths
        + "</svg>";
  }

  static Component of(Course course, String label) {
    return new Html(svg(path(course), label, "th-course"));
  }

  static Component vegetarian(String label) {
    return new Html(svg(LEAF, label, "th-veg"));
  }
}
