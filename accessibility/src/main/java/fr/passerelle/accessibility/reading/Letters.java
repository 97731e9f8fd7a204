package fr.passerelle.accessibility.reading;

import java.util.Locale;

/** The letters the syllabifier tells apart: vowels, apostrophes, and words in lower case. */
final class Letters {

  private static final String VOWELS = "aeiouyàâäéèêëîïôöùûüœæ";

  private Letters() {}

  static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** The word in lower case, with a straight apostrophe written as a typographic one. */
  static String lowerCase(String word) {
    return word.toLowerCase(Locale.FRENCH).replace('\'', '’');
  }
}
