package fr.passerelle.accessibility.reading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules cannot guess: words whose final consonant or {@code -er} is heard, common words
 * read against their spelling, and the words before a verb that show its {@code -ent} is silent.
 */
final class FrenchWords {

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

  private FrenchWords() {}

  /** Whether the final consonant of this lower-case word is heard. */
  static boolean finalHeard(String word) {
    return FINAL_HEARD.contains(word);
  }

  /** Whether the final {@code -er} of this lower-case word of two syllables or more is heard. */
  static boolean erHeard(String word) {
    return ER_HEARD.contains(word);
  }

  /**
   * The word's syllables in the notation of {@link Token.Word#marked()}, null for a regular word.
   */
  static String irregular(String word) {
    return IRREGULAR.get(word);
  }

  /**
   * Whether the next word is a verb whose {@code -ent} is silent: the lower-case words before it
   * end with {@code ils} or {@code elles}, possibly followed by ne, se, le, la, les, lui, leur, y,
   * en, me, te, nous, vous.
   */
  static boolean isVerbAfter(List<String> previous) {
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
}
