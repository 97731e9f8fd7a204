package fr.passerelle.app.analytics;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A value as it may be shown: a number, a count hidden by the small-number rule, or no data.
 *
 * @param value null unless {@link Status#SHOWN}
 */
public record Figure(Status status, @Nullable Double value) {

  public enum Status {
    SHOWN,
    /** Hidden: fewer pupils than the small-number threshold, or derivable from one that is. */
    HIDDEN,
    NO_DATA
  }

  public static Figure shown(double value) {
    return new Figure(Status.SHOWN, value);
  }

  public static final Figure HIDDEN = new Figure(Status.HIDDEN, null);
  public static final Figure NO_DATA = new Figure(Status.NO_DATA, null);

  public boolean isShown() {
    return status == Status.SHOWN;
  }

  /** The median of the shown values, or null when none is shown. */
  public static @Nullable Double median(Collection<Figure> figures) {
    List<Double> values =
        figures.stream().filter(Figure::isShown).map(Figure::value).sorted().toList();
    if (values.isEmpty()) {
      return null;
    }
    int middle = values.size() / 2;
    return values.size() % 2 == 1
        ? values.get(middle)
        : (values.get(middle - 1) + values.get(middle)) / 2;
  }
}
