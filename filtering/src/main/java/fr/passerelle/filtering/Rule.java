package fr.passerelle.filtering;

/**
 * One rule of a policy: allow or block a category ({@code *} for any request), possibly only in a
 * time window. A locked rule of the territory comes before every exception and override.
 */
public record Rule(Action action, String category, TimeWindow window, boolean locked) {

  public static final String ANY = "*";

  public Rule {
    if (category == null || category.isBlank()) {
      throw new IllegalArgumentException("A rule needs a category");
    }
  }

  public static Rule of(Action action, String category) {
    return new Rule(action, category, null, false);
  }

  @Override
  public String toString() {
    return (locked ? "locked " : "")
        + action.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + category
        + (window == null ? "" : " " + window);
  }
}
