package fr.passerelle.accessibility.reading;

import java.util.ArrayList;
import java.util.List;

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
                || (Letters.isApostrophe(text.charAt(i))
                    && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))))) {
          i++;
        }
        String word = text.substring(start, i);
        tokens.add(
            new Token.Word(
                word, WordCutter.syllables(word, FrenchWords.isVerbAfter(previousWords))));
        previousWords.add(Letters.lowerCase(word));
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
      if (!Character.isLetter(c) && !Letters.isApostrophe(c)) {
        throw new IllegalArgumentException("Not a single word: " + word);
      }
    }
    return WordCutter.syllables(word, false);
  }

  /** The text with syllables separated by {@code -}, silent letters in brackets, hyphens as =. */
  public static String marked(String text) {
    StringBuilder out = new StringBuilder();
    for (Token token : text(text)) {
      out.append(token instanceof Token.Word w ? w.marked() : token.text().replace('-', '='));
    }
    return out.toString();
  }
}
