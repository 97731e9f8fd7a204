package fr.passerelle.accessibility.reading;

import java.util.List;

/**
 * One written syllable of a word: its letters, in parts that are either heard or silent (a silent
 * part is shown dimmed).
 *
 * @param parts the syllable's letters, consecutive parts alternate between heard and silent
 */
public record Syllable(List<Part> parts) {

  /** Consecutive letters of a syllable, all heard or all silent. */
  public record Part(String text, boolean silent) {}

  public Syllable {
    parts = List.copyOf(parts);
  }

  /** The syllable's letters as written. */
  public String text() {
    StringBuilder out = new StringBuilder();
    parts.forEach(p -> out.append(p.text()));
    return out.toString();
  }

  /** The syllable with its silent letters in brackets, for example {@code bl[e]}. */
  public String marked() {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      out.append(p.silent() ? "[" + p.text() + "]" : p.text());
    }
    return out.toString();
  }
}
