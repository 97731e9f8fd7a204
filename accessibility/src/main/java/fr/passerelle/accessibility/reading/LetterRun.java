package fr.passerelle.accessibility.reading;

/** A run of letters of a word: one grapheme, or several joined ones. */
final class LetterRun {
  int start;
  int end;
  final boolean vowel;

  /** The consonants before an apostrophe start the next syllable (jus-qu’à). */
  boolean forcedStart;

  LetterRun(int start, int end, boolean vowel) {
    this.start = start;
    this.end = end;
    this.vowel = vowel;
  }

  /** The run's letters in the lower-case word, without apostrophes. */
  String text(String lc) {
    return lc.substring(start, end).replace("’", "").replace("'", "");
  }
}
