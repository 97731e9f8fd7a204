package fr.passerelle.accessibility.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one word into written syllables: its graphemes ({@link Graphemes}), its silent letters
 * ({@link SilentLetters}, and a h outside ch, ph, th, rh), then the cut between each two vowels; a
 * word of {@link FrenchWords#irregular(String) the dictionary} is cut as written there.
 */
final class WordCutter {

  private WordCutter() {}

  static List<Syllable> syllables(String word, boolean verbContext) {
    String lc = Letters.lowerCase(word);
    List<Syllable> irregular = irregular(word, lc);
    if (irregular != null) {
      return irregular;
    }
    List<LetterRun> units = Graphemes.of(lc);
    Graphemes.joinSemiVowels(units, lc);
    boolean[] silent = new boolean[lc.length()];
    int silentFrom = SilentLetters.tailStart(lc, units, verbContext);
    for (int i = silentFrom; i < lc.length(); i++) {
      silent[i] = true;
    }
    for (LetterRun u : units) {
      if (!u.vowel && u.text(lc).equals("h")) {
        for (int i = u.start; i < u.end; i++) {
          silent[i] = lc.charAt(i) == 'h';
        }
      }
    }
    // A silent final e (or -es, -ent) right after a vowel is not a syllable of its own.
    for (int k = 1; k < units.size(); k++) {
      LetterRun u = units.get(k);
      LetterRun before = units.get(k - 1);
      if (u.vowel && before.vowel && u.start >= silentFrom && lc.charAt(u.start) == 'e') {
        before.end = u.end;
        units.remove(k);
        k--;
      }
    }
    return cut(word, lc, units, silent);
  }

  /** The syllables of a word of the dictionary (after any elided prefix), null for another. */
  private static List<Syllable> irregular(String word, String lc) {
    int apostrophe = lc.lastIndexOf('’');
    String prefix = apostrophe < 0 ? "" : word.substring(0, apostrophe + 1);
    String rest = lc.substring(apostrophe + 1);
    String marked = FrenchWords.irregular(rest);
    if (marked == null) {
      return null;
    }
    List<Syllable> out = new ArrayList<>();
    int pos = apostrophe + 1;
    boolean first = true;
    for (String syllable : marked.split("-")) {
      List<Syllable.Part> parts = new ArrayList<>();
      if (first && !prefix.isEmpty()) {
        parts.add(new Syllable.Part(prefix, false));
      }
      first = false;
      StringBuilder heard = new StringBuilder();
      boolean inSilent = false;
      for (char c : syllable.toCharArray()) {
        if (c == '[' || c == ']') {
          if (!heard.isEmpty()) {
            parts.add(new Syllable.Part(heard.toString(), inSilent));
            heard.setLength(0);
          }
          inSilent = c == '[';
        } else {
          heard.append(word.charAt(pos++));
        }
      }
      if (!heard.isEmpty()) {
        parts.add(new Syllable.Part(heard.toString(), inSilent));
      }
      out.add(new Syllable(merge(parts)));
    }
    return out;
  }

  /**
   * Between two vowels: one consonant goes with the next vowel, two are cut between them unless
   * they stay together, of three or more the last one (or cluster) goes with the next vowel; the
   * consonants before an apostrophe start the next syllable.
   */
  private static List<Syllable> cut(
      String word, String lc, List<LetterRun> units, boolean[] silent) {
    List<Integer> nuclei = new ArrayList<>();
    for (int k = 0; k < units.size(); k++) {
      if (units.get(k).vowel) {
        nuclei.add(k);
      }
    }
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int v = 0; v + 1 < nuclei.size(); v++) {
      int a = nuclei.get(v);
      int b = nuclei.get(v + 1);
      int between = b - a - 1;
      int k = -1;
      for (int c = a + 1; c < b; c++) {
        if (units.get(c).forcedStart) {
          k = c;
        }
      }
      if (k < 0) {
        if (between <= 1) {
          k = a + 1;
        } else {
          k = Graphemes.isCluster(units, b - 2, lc) ? b - 2 : b - 1;
        }
      }
      starts.add(k);
    }
    List<Syllable> out = new ArrayList<>();
    for (int s = 0; s < starts.size(); s++) {
      int from = s == 0 ? 0 : units.get(starts.get(s)).start;
      int to = s + 1 < starts.size() ? units.get(starts.get(s + 1)).start : word.length();
      List<Syllable.Part> parts = new ArrayList<>();
      for (int i = from; i < to; i++) {
        parts.add(new Syllable.Part(String.valueOf(word.charAt(i)), silent[i]));
      }
      out.add(new Syllable(merge(parts)));
    }
    return out;
  }

  /** Joins consecutive parts that are both heard or both silent. */
  private static List<Syllable.Part> merge(List<Syllable.Part> parts) {
    List<Syllable.Part> merged = new ArrayList<>();
    for (Syllable.Part p : parts) {
      if (!merged.isEmpty() && merged.getLast().silent() == p.silent()) {
        Syllable.Part last = merged.removeLast();
        merged.add(new Syllable.Part(last.text() + p.text(), p.silent()));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }
}
