package fr.passerelle.accessibility.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts French words into <em>written</em> syllables as taught in French primary school (CP–CE1
 * "syllabes écrites") and marks the letters that are not heard, so that a reading aid can colour
 * one syllable out of two and dim the silent letters.
 *
 * <h2>How a word is cut</h2>
 *
 * <ol>
 *   <li>The word is read as <b>graphemes</b>: consonant graphemes {@code ch ph th gn rh}, {@code
 *       qu}, {@code gu} before e/i/y/é/è/ê, {@code ge} before a/o/u (pi-geon); vowel graphemes
 *       {@code eau œu oeu ai aî ei oi oî ou oû où au eu eû ui}, {@code oui} at the end of a word or
 *       before l, {@code eui} and {@code œi} before l (feuil-le, œil). Nasal vowels need no rule of
 *       their own: their n or m is cut like any consonant (en-fant, an-née, bon-ne).
 *   <li><b>Semi-vowels</b>: a plain {@code i} or {@code u} before another vowel joins it in one
 *       syllable (pia-no, a-vion, chien, nua-ge, pi-tié), except after a consonant followed by l or
 *       r (cri-er, ou-bli-er, fé-vri-er, cru-el). A {@code y} after a vowel starts the next
 *       syllable and joins the vowel after it (cra-yon, vo-ya-ge, pa-ys). {@code ou} before a vowel
 *       stays apart (jou-er). Other vowels side by side are cut (po-é-sie, thé-â-tre, ma-ïs,
 *       No-ël).
 *   <li><b>Consonants between two vowels</b>: one goes with the next vowel (cho-co-lat); two are
 *       cut between them (par-tir, and double consonants: pa-pil-lon, maî-tres-se, bon-ne), except
 *       the clusters that stay together: {@code bl br cl cr dr fl fr gl gr pl pr tr vr} and {@code
 *       chr phr phl thr} (ta-ble, li-vre, pa-ra-pluie); three or more: the last one, or the last
 *       cluster, goes with the next vowel (ins-tant, ex-pli-quer).
 *   <li><b>Final e muet</b> (the school convention): after a consonant it is a written syllable of
 *       its own with that consonant (ta-ble, é-co-le, ar-bre) and its {@code e} is marked silent;
 *       after a vowel it is not a syllable, it stays with the vowel and is marked silent (a-mie,
 *       jour-née, pluie). In a word with no other vowel it is heard (le, de, que).
 *   <li><b>Apostrophes</b>: the consonant before an apostrophe starts the next syllable (l’é-co-le,
 *       jus-qu’à, au-jour-d’hui). <b>Hyphens</b> separate words ({@link #text(String)}). Capitals
 *       and accents are kept as written.
 * </ol>
 *
 * <h2>Silent letters</h2>
 *
 * <ul>
 *   <li>final e muet, and the plural {@code -es} after it (ta-bles);
 *   <li>a final {@code s} or {@code x} (a-mis, deux, ani-maux), then before it, or at the end, a
 *       {@code t d p z} (chat, grand, loup, nez, en-fants, temps), a {@code g} or {@code c} after n
 *       (sang, blanc), a {@code g} before a silent t (doigt, vingt);
 *   <li>the {@code r} of a final {@code -er} or {@code -ers} in a word of two syllables or more
 *       (chan-ter, es-ca-lier), but not in one-syllable words (mer, fer, hier, fier);
 *   <li>a {@code h} that is not part of ch, ph, th, rh (homme, ca-hier, de-hors, dés-ha-bil-ler);
 *   <li>the verb ending {@code -ent} only when the text shows it is a verb: after {@code ils} or
 *       {@code elles}, possibly followed by ne, se, le, la, les, lui, leur, y, en, me, te, nous,
 *       vous (ils chan-tent).
 * </ul>
 *
 * <h2>Known exceptions</h2>
 *
 * A short dictionary holds common words whose spelling the rules cannot read ({@code monsieur,
 * fils, oignon, août, sept, œufs, bœufs, est, gentil, fusil, outil}). Words whose final consonant
 * is heard are listed ({@code bus, ours, os, six, dix, huit, sud, gaz, maïs, hiver, super}...). Not
 * handled: silent letters inside a word (com<b>p</b>ter, au<b>t</b>omne, ba<b>p</b>tême), the
 * {@code e} of "geo"/"gea" (not marked), homographs whose reading depends on meaning (les poules du
 * couvent couvent; est the verb and est the direction: the verb is chosen), a plain {@code -ent}
 * that is a verb without {@code ils}/{@code elles} before it (it is then read as a noun: mo-ment),
 * a final consonant heard in a rare word not listed (cap, stop, net, but), and words from other
 * languages.
 */
public final class FrenchSyllabifier {

  private static final String VOWELS = "aeiouyàâäéèêëîïôöùûüœæ";
  private static final Set<String> CLUSTER_FIRST_R =
      Set.of("b", "c", "d", "f", "g", "p", "t", "v", "ch", "ph", "th");
  private static final Set<String> CLUSTER_FIRST_L = Set.of("b", "c", "f", "g", "p", "ch", "ph");
  private static final List<String> VOWEL_GRAPHEMES =
      List.of(
          "eau", "oeu", "œu", "ai", "aî", "ei", "oi", "oî", "ou", "oû", "où", "au", "eu", "eû",
          "ui");

  /** Words whose final consonant is heard: only a final e muet would be silent. */
  private static final Set<String> FINAL_HEARD =
      Set.of(
          "bus",
          "autobus",
          "ours",
          "os",
          "as",
          "hélas",
          "tennis",
          "cactus",
          "maïs",
          "lys",
          "vis",
          "jadis",
          "sens",
          "six",
          "dix",
          "huit",
          "net",
          "sud",
          "ouest",
          "but",
          "chut",
          "zut",
          "brut",
          "cap",
          "stop",
          "gaz",
          "index",
          "lynx",
          "bonus",
          "virus",
          "atlas",
          "iris",
          "oasis",
          "mars",
          "donc",
          "express",
          "fax",
          "boxe",
          "dot",
          "ananas",
          "albatros",
          "rhinocéros");

  /** Words of two syllables or more whose final {@code -er} is heard. */
  private static final Set<String> ER_HEARD =
      Set.of(
          "hiver",
          "super",
          "enfer",
          "cancer",
          "laser",
          "amer",
          "revolver",
          "hamster",
          "cuiller",
          "reporter",
          "poster",
          "cutter",
          "jupiter",
          "gangster",
          "bulldozer",
          "starter");

  /** Common words the rules cannot read, in the notation of {@link Token.Word#marked()}. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("monsieur", "mon-sieu[r]"),
          Map.entry("fils", "fi[l]s"),
          Map.entry("oignon", "o[i]-gnon"),
          Map.entry("oignons", "o[i]-gnon[s]"),
          Map.entry("août", "[a]oû[t]"),
          Map.entry("sept", "se[p]t"),
          Map.entry("œufs", "œu[fs]"),
          Map.entry("bœufs", "bœu[fs]"),
          Map.entry("est", "e[st]"),
          Map.entry("gentil", "gen-ti[l]"),
          Map.entry("fusil", "fu-si[l]"),
          Map.entry("outil", "ou-ti[l]"));

  private static final Set<String> SUBJECTS = Set.of("ils", "elles", "qu’ils", "qu’elles");
  private static final Set<String> CLITICS =
      Set.of(
          "ne", "n’", "se", "s’", "le", "la", "les", "l’", "lui", "leur", "y", "en", "me", "m’",
          "te", "t’", "nous", "vous");

  private FrenchSyllabifier() {}

  /**
   * Cuts a text into words and gaps (spaces, punctuation, digits, hyphens), each word into its
   * written syllables. An apostrophe between two letters belongs to the word ({@code l’école},
   * {@code aujourd’hui}); a straight apostrophe is kept as written.
   */
  public static List<Token> text(String text) {
    List<Token> tokens = new ArrayList<>();
    List<String> previousWords = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int start = i;
      if (Character.isLetter(text.charAt(i))) {
        while (i < n
            && (Character.isLetter(text.charAt(i))
                || (isApostrophe(text.charAt(i))
                    && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        String word = text.substring(start, i);
        tokens.add(new Token.Word(word, syllables(word, isVerbContext(previousWords))));
        previousWords.add(normalise(word));
      } else {
        while (i < n && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        String gap = text.substring(start, i);
        if (!gap.isBlank() && !gap.equals("-")) {
          previousWords.clear();
        }
        tokens.add(new Token.Gap(gap));
      }
    }
    return tokens;
  }

  /** The written syllables of one word (no space or hyphen in it), read out of any context. */
  public static List<Syllable> word(String word) {
    if (word.isEmpty()) {
      return List.of();
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLetter(c) && !isApostrophe(c)) {
        throw new IllegalArgumentException("Not a single word: " + word);
      }
    }
    return syllables(word, false);
  }

  /** The text with syllables separated by {@code -}, silent letters in brackets, hyphens as =. */
  public static String marked(String text) {
    StringBuilder out = new StringBuilder();
    for (Token token : text(text)) {
      out.append(token instanceof Token.Word w ? w.marked() : token.text().replace('-', '='));
    }
    return out.toString();
  }

  private static boolean isVerbContext(List<String> previous) {
    for (int i = previous.size() - 1; i >= 0; i--) {
      String w = previous.get(i);
      if (SUBJECTS.contains(w)) {
        return true;
      }
      if (!CLITICS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static String normalise(String word) {
    return word.toLowerCase(Locale.FRENCH).replace('\'', '’');
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  /** A run of letters of the word: one grapheme, or several joined ones. */
  private static final class Unit {
    int start;
    int end;
    final boolean vowel;
    boolean forcedStart;

    Unit(int start, int end, boolean vowel) {
      this.start = start;
      this.end = end;
      this.vowel = vowel;
    }

    String text(String lc) {
      return lc.substring(start, end).replace("’", "").replace("'", "");
    }
  }

  private static List<Syllable> syllables(String word, boolean verbContext) {
    String lc = normalise(word);
    List<Syllable> irregular = irregular(word, lc);
    if (irregular != null) {
      return irregular;
    }
    List<Unit> units = units(lc);
    joinSemiVowels(units, lc);
    boolean[] silent = new boolean[lc.length()];
    int silentFrom = silentTail(lc, units, verbContext);
    for (int i = silentFrom; i < lc.length(); i++) {
      silent[i] = true;
    }
    for (Unit u : units) {
      if (!u.vowel && u.text(lc).equals("h")) {
        for (int i = u.start; i < u.end; i++) {
          silent[i] = lc.charAt(i) == 'h';
        }
      }
    }
    // A silent final e (or -es, -ent) right after a vowel is not a syllable of its own.
    for (int k = 1; k < units.size(); k++) {
      Unit u = units.get(k);
      Unit before = units.get(k - 1);
      if (u.vowel && before.vowel && u.start >= silentFrom && lc.charAt(u.start) == 'e') {
        before.end = u.end;
        units.remove(k);
        k--;
      }
    }
    return cut(word, units, silent);
  }

  private static List<Syllable> irregular(String word, String lc) {
    int apostrophe = lc.lastIndexOf('’');
    String prefix = apostrophe < 0 ? "" : word.substring(0, apostrophe + 1);
    String rest = lc.substring(apostrophe + 1);
    String marked = IRREGULAR.get(rest);
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

  private static List<Unit> units(String lc) {
    List<Unit> units = new ArrayList<>();
    int n = lc.length();
    int i = 0;
    while (i < n) {
      char c = lc.charAt(i);
      if (isApostrophe(c)) {
        if (units.isEmpty()) {
          units.add(new Unit(i, i + 1, false));
        } else {
          units.getLast().end = i + 1;
          markElision(units);
        }
        i++;
        continue;
      }
      if (!isVowel(c)) {
        int len = consonantLength(lc, i);
        units.add(new Unit(i, i + len, false));
        i += len;
        continue;
      }
      int j = i + 1;
      while (j < n && isVowel(lc.charAt(j)) && lc.charAt(j) != 'y') {
        j++;
      }
      char after = j < n ? lc.charAt(j) : 0;
      int k = i;
      while (k < j) {
        int len = vowelLength(lc, k, j, after);
        units.add(new Unit(k, k + len, true));
        k += len;
      }
      i = j;
    }
    return units;
  }

  /** The consonants that end with an apostrophe start the next syllable (jus-qu’à). */
  private static void markElision(List<Unit> units) {
    units.getLast().forcedStart = true;
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

  private static void joinSemiVowels(List<Unit> units, String lc) {
    for (int k = 0; k + 1 < units.size(); k++) {
      Unit u = units.get(k);
      Unit next = units.get(k + 1);
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

  private static boolean isCluster(List<Unit> units, int first, String lc) {
    Unit a = units.get(first);
    Unit b = units.get(first + 1);
    if (a.vowel || b.vowel || b.forcedStart) {
      return false;
    }
    String x = a.text(lc);
    String y = b.text(lc);
    return (y.equals("r") && CLUSTER_FIRST_R.contains(x))
        || (y.equals("l") && CLUSTER_FIRST_L.contains(x));
  }

  /** The index from which the end of the word is silent ({@code lc.length()} when none is). */
  private static int silentTail(String lc, List<Unit> units, boolean verbContext) {
    int n = lc.length();
    int apostrophe = lc.lastIndexOf('’');
    String last = lc.substring(apostrophe + 1);
    if (verbContext && last.endsWith("ent") && vowelBefore(units, n - 3)) {
      return n - 3;
    }
    if (FINAL_HEARD.contains(last)) {
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
        && !ER_HEARD.contains(last)) {
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

  private static Unit unitAt(List<Unit> units, int index) {
    for (Unit u : units) {
      if (u.start <= index && index < u.end) {
        return u;
      }
    }
    throw new IllegalStateException("No unit at " + index);
  }

  private static boolean vowelBefore(List<Unit> units, int index) {
    for (Unit u : units) {
      if (u.vowel && u.start < index) {
        return true;
      }
    }
    return false;
  }

  private static List<Syllable> cut(String word, List<Unit> units, boolean[] silent) {
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
          k = isCluster(units, b - 2, word.toLowerCase(Locale.FRENCH)) ? b - 2 : b - 1;
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
