package fr.passerelle.filtering;

/** A list line that was skipped, with where it was and why. */
public record ListProblem(String source, int line, String text, String reason) {

  @Override
  public String toString() {
    return source + ":" + line + ": " + reason + " [" + text + "]";
  }
}
