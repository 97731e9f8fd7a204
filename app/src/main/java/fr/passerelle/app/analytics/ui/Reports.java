package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import fr.passerelle.app.analytics.Figure;
import fr.passerelle.app.analytics.PlaceFigure;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the analytics views share: medians, the print button, file names, orders. */
final class Reports {

  private Reports() {}

  static @Nullable Double median(List<PlaceFigure> figures) {
    return Figure.median(figures.stream().map(PlaceFigure::figure).toList());
  }

  static Button printButton(Component in) {
    Button print =
        new Button(
            in.getTranslation("analytics.print"),
            e -> in.getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    print.addClassName("no-print");
    return print;
  }

  /** A file name part: lower case letters and digits, accents removed. */
  static String slug(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  /** Hidden and missing values first, then by value. */
  static Comparator<PlaceFigure> byValue() {
    return Comparator.comparingDouble(
        f -> f.figure().isShown() ? f.figure().value() : Double.NEGATIVE_INFINITY);
  }
}
