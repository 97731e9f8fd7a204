package fr.passerelle.accessibility.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a lower-case word as graphemes (consonant graphemes {@code ch ph th gn rh qu}, {@code gu}
 * before e/i/y/é/è/ê, {@code ge} before a/o/u; vowel graphemes {@code eau œu oeu ai ei oi ou au eu
 * ui}...), joins the semi-vowels to the vowel after them and tells the consonant clusters that stay
 * together ({@code bl br cl cr dr fl fr gl gr pl pr tr vr chr phr phl thr}).
 */
final class Graphemes {

  private static final Set<String> CLUSTER_FIRST_R =
      Set.of("b", "c", "d", "f", "g", "p", "t", "v", "ch", "ph", "th");
  private static final Set<String> CLUSTER_FIRST_L = Set.of("b", "c", "f", "g", "p", "ch", "ph");
  private static final List<String> VOWEL_GRAPHEMES =
      List.of(
          "eau", "oeu", "œu", "ai", "aî", "ei", "oi", "oî", "ou", "oû", "où", "au", "eu", "eû",
          "ui");

  private Graphemes() {}

  /** The word's graphemes, in order; an apostrophe ends the run before it. */
  static List<LetterRun> of(String lc) {
    List<LetterRun> units = new ArrayList<>();
    int n = lc.length();
    int i = 0;
    while (i < n) {
      char c = lc.charAt(i);
      if (Letters.isApostrophe(c)) {
        if (units.isEmpty()) {
          units.add(new LetterRun(i, i + 1, false));
        } else {
          units.getLast().end = i + 1;
          units.getLast().forcedStart = true;
        }
        i++;
        continue;
      }
      if (!Letters.isVowel(c)) {
        int len = consonantLength(lc, i);
        units.add(new LetterRun(i, i + len, false));
        i += len;
        continue;
      }
      int j = i + 1;
      while (j < n && Letters.isVowel(lc.charAt(j)) && lc.charAt(j) != 'y') {
        j++;
      }
      char after = j < n ? lc.charAt(j) : 0;
      int k = i;
      while (k < j) {
        int len = vowelLength(lc, k, j, after);
        units.add(new LetterRun(k, k + len, true));
        k += len;
      }
      i = j;
    }
    return units;
  }

  private static int consonantLength(String lc, int i) {
    char c = lc.charAt(i);
    char next = i + 1 < lc.length() ? lc.charAt(i + 1) : 0;
    char next2 = i + 2 < lc.length() ? lc.charAt(i + 2) : 0;
    if (c == 'q' && next == 'u') {
      return 2;
    }
    if (c == 'g' && next == 'u' && "eiyéèê".indexOf(next2) >= 0 && next2 != 0) {
      return 2;
    }
    if (c == 'g' && next == 'e' && "aoâôu".indexOf(next2) >= 0 && next2 != 0) {
      return 2;
    }
    if ((c == 'c' || c == 'p' || c == 't' || c == 'r') && next == 'h') {
      return 2;
    }
    if (c == 'g' && next == 'n') {
      return 2;
    }
    return 1;
  }

  private static int vowelLength(String lc, int k, int runEnd, char after) {
    if (lc.charAt(k) == 'y') {
      return 1;
    }
    boolean endOrL = after == 0 || after == 'l';
    if (k + 3 == runEnd && lc.startsWith("oui", k) && endOrL) {
      return 3;
    }
    if (k + 3 == runEnd && lc.startsWith("eui", k) && after == 'l') {
      return 3;
    }
    if (k + 2 == runEnd && lc.startsWith("œi", k) && after == 'l') {
      return 2;
    }
    for (String g : VOWEL_GRAPHEMES) {
      if (k + g.length() <= runEnd && lc.startsWith(g, k)) {
        return g.length();
      }
    }
    return 1;
  }

  /**
   * A plain i or u before another vowel joins it (pia-no, nua-ge), except after a consonant
   * followed by l or r (cri-er); a y after a vowel joins the vowel after it (cra-yon).
   */
  static void joinSemiVowels(List<LetterRun> units, String lc) {
    for (int k = 0; k + 1 < units.size(); k++) {
      LetterRun u = units.get(k);
      LetterRun next = units.get(k + 1);
      if (!u.vowel || !next.vowel || lc.charAt(next.start) == 'y') {
        continue;
      }
      String t = u.text(lc);
      boolean join =
          t.equals("y")
              || ((t.equals("i") || t.equals("u")) && !(k >= 2 && isCluster(units, k - 2, lc)));
      if (join) {
        u.end = next.end;
        units.remove(k + 1);
        k--;
      }
    }
  }

  /** Whether the two consonant runs from {@code first} stay together (ta-ble, li-vre). */
  static boolean isCluster(List<LetterRun> units, int first, String lc) {
    LetterRun a = units.get(first);
    LetterRun b = units.get(first + 1);
    if (a.vowel || b.vowel || b.forcedStart) {
      return false;
    }
    String x = a.text(lc);
    String y = b.text(lc);
    return (y.equals("r") && CLUSTER_FIRST_R.contains(x))
        || (y.equals("l") && CLUSTER_FIRST_L.contains(x));
  }
}
