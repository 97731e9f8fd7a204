package fr.passerelle.accessibility.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Passerelle cuts a text into words, the same way on the server and in the page (read-aloud.js
 * uses the same expression): letters and digits, with inner apostrophes and hyphens ("l’eau",
 * "grand-mère" are one word each). Punctuation is not a word.
 */
public final class Words {

  /** The word pattern; read-aloud.js has the same one: keep them equal. */
  public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

  private Words() {}

  /** A word and where it is in the text. */
  public record Word(int index, String text, int start, int end) {}

  /** The words of a text, in order. */
  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(words.size(), m.group(), m.start(), m.end()));
    }
    return words;
  }

  /**
   * The text as the cache sees it: white space collapsed, trimmed. Two texts that differ only by
   * spaces and line breaks are said the same way.
   */
  public static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * SSML for espeak-ng with a {@code <mark name="wN"/>} before word N, each sentence in {@code <s>}
   * (a mark right after a full stop is dropped otherwise).
   */
  public static String markedSsml(String text) {
    StringBuilder ssml = new StringBuilder("<speak>");
    List<Word> words = of(text);
    int next = 0;
    int from = 0;
    for (String sentence : SENTENCE_END.split(text, -1)) {
      int start = text.indexOf(sentence, from);
      int end = start + sentence.length();
      from = end;
      if (sentence.isBlank()) {
        continue;
      }
      ssml.append("<s>");
      int at = start;
      while (next < words.size() && words.get(next).start() < end) {
        Word w = words.get(next);
        ssml.append(escape(text.substring(at, w.start())))
            .append("<mark name=\"w")
            .append(w.index())
            .append("\"/>")
            .append(escape(w.text()));
        at = w.end();
        next++;
      }
      ssml.append(escape(text.substring(at, end))).append("</s>");
    }
    return ssml.append("</speak>").toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
