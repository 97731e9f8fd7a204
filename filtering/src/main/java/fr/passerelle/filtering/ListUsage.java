package fr.passerelle.filtering;

import java.util.Locale;

/**
 * What a category is for, as its {@code usage} file in the UT1 lists says: {@code black} (sites to
 * block), {@code white} (sites to allow: {@code liste_blanche}, {@code child}...), both, or nothing
 * said. A category marked white only is never exported as a block list.
 */
public enum ListUsage {
  UNKNOWN,
  BLACK,
  WHITE,
  BLACK_AND_WHITE;

  /** Whether the category may be exported as a block list. */
  public boolean blockList() {
    return this != WHITE;
  }

  /**
   * Reads a {@code usage} file: the words {@code black} and {@code white} on its lines ({@code #}
   * comments and other words, such as the category's names in other languages, are ignored).
   */
  public static ListUsage parse(String text) {
    boolean black = false;
    boolean white = false;
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).toLowerCase(Locale.ROOT);
      for (String word : s.split("[\\s,;]+")) {
        black |= word.equals("black");
        white |= word.equals("white");
      }
    }
    if (black && white) {
      return BLACK_AND_WHITE;
    }
    return black ? BLACK : white ? WHITE : UNKNOWN;
  }

  /** The word(s) of a usage file, empty when unknown. */
  public String words() {
    return switch (this) {
      case BLACK -> "black";
      case WHITE -> "white";
      case BLACK_AND_WHITE -> "black white";
      case UNKNOWN -> "";
    };
  }
}
