package fr.passerelle.accessibility.reading;

import java.util.List;

/**
 * The letters at the end of a word that are not heard: a final e muet and the plural after it, a
 * final s or x and the t d p z (or n-g, n-c) before it, the r of a final {@code -er} in a word of
 * two syllables or more, the verb ending {@code -ent} when the text shows a verb. A heard vowel is
 * always kept: a word is never silent as a whole.
 */
final class SilentLetters {

  private SilentLetters() {}

  /** The index from which the end of the word is silent ({@code lc.length()} when none is). */
  static int tailStart(String lc, List<LetterRun> units, boolean verbContext) {
    int n = lc.length();
    int apostrophe = lc.lastIndexOf('’');
    String last = lc.substring(apostrophe + 1);
    if (verbContext && last.endsWith("ent") && vowelBefore(units, n - 3)) {
      return n - 3;
    }
    if (FrenchWords.finalHeard(last)) {
      return n;
    }
    int pos = n;
    if (pos > 0 && (lc.charAt(pos - 1) == 's' || lc.charAt(pos - 1) == 'x')) {
      pos--;
    }
    if (pos > 0 && lc.charAt(pos - 1) == 'e' && vowelBefore(units, pos - 1)) {
      return pos - 1;
    }
    if (pos >= 2
        && lc.charAt(pos - 1) == 'r'
        && lc.charAt(pos - 2) == 'e'
        && vowelBefore(units, unitAt(units, pos - 2).start)
        && !FrenchWords.erHeard(last)) {
      return pos - 1;
    }
    if (pos > 0 && "tdpz".indexOf(lc.charAt(pos - 1)) >= 0 && vowelBefore(units, pos - 1)) {
      pos--;
      if (pos > 0
          && (lc.charAt(pos - 1) == 'g' || lc.charAt(pos - 1) == 'p')
          && lc.charAt(pos) == 't') {
        pos--;
      }
    } else if (pos >= 2 && "gc".indexOf(lc.charAt(pos - 1)) >= 0 && lc.charAt(pos - 2) == 'n') {
      pos--;
    }
    // Keep a heard vowel: a word is never silent as a whole.
    return vowelBefore(units, pos) ? pos : n;
  }

  private static LetterRun unitAt(List<LetterRun> units, int index) {
    for (LetterRun u : units) {
      if (u.start <= index && index < u.end) {
        return u;
      }
    }
    throw new IllegalStateException("No unit at " + index);
  }

  private static boolean vowelBefore(List<LetterRun> units, int index) {
    for (LetterRun u : units) {
      if (u.vowel && u.start < index) {
        return true;
      }
    }
    return false;
  }
}
