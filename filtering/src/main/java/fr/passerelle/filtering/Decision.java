package fr.passerelle.filtering;

/**
 * The answer, with what decided it: the step of the rule chain (1-based, 0 for the default), its
 * scope ({@code territory}, {@code school:12}, {@code class:5}, {@code exemption:7}, {@code
 * default}, or {@code invalid} for a request that cannot be read, blocked with the reason as its
 * rule), the rule, the category and the list entry that matched.
 */
public record Decision(
    boolean allowed,
    int step,
    String scope,
    String rule,
    String category,
    String matched,
    Long schoolId,
    Long classId) {

  /** A short line for logs and helpers. */
  public String explain() {
    return (allowed ? "allowed" : "blocked")
        + " by "
        + scope
        + (step > 0 ? " step " + step : "")
        + " ("
        + rule
        + (category == null ? "" : "; category " + category)
        + (matched == null ? "" : "; " + matched)
        + ")";
  }
}
