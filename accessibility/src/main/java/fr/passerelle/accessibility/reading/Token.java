package fr.passerelle.accessibility.reading;

import java.util.List;

/** A piece of a text cut by {@link FrenchSyllabifier#text(String)}: a word or what lies between. */
public sealed interface Token {

  /** The token's characters as written. */
  String text();

  /** A French word and its written syllables. */
  record Word(String text, List<Syllable> syllables) implements Token {
    public Word {
      syllables = List.copyOf(syllables);
    }

    /** The syllables separated by {@code -}, silent letters in brackets. */
    public String marked() {
      StringBuilder out = new StringBuilder();
      for (Syllable s : syllables) {
        if (!out.isEmpty()) {
          out.append('-');
        }
        out.append(s.marked());
      }
      return out.toString();
    }
  }

  /** Spaces, punctuation, digits or hyphens between words, shown as they are. */
  record Gap(String text) implements Token {}
}
