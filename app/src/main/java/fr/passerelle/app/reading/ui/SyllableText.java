package fr.passerelle.app.reading.ui;

import com.vaadin.flow.component.Html;
import fr.passerelle.accessibility.reading.FrenchSyllabifier;
import fr.passerelle.accessibility.reading.Syllable;
import fr.passerelle.accessibility.reading.Token;
import java.util.regex.Pattern;

/**
 * French text ready for syllable colouring: each word is a visually hidden copy that screen readers
 * and braille displays read as one word, followed by its syllables in alternating colours (classes
 * {@code pa-s1}, {@code pa-s2}, restarting at each word) with silent letters dimmed ({@code
 * pa-silent}), hidden from assistive technologies. Colours appear only when the viewer's profile
 * turns syllable colouring on ({@code data-syllables} on the page root, see {@code reading.css});
 * otherwise the text looks plain. Paragraphs are separated by blank lines; a single line break is
 * kept. See docs/adr/0008.
 *
 * <p>Use {@code new SyllableText(text)} wherever a feature shows French text a pupil reads.
 */
public class SyllableText extends Html {

  private static final Pattern PARAGRAPHS = Pattern.compile("\\R\\s*\\R");

  public SyllableText(String text) {
    super(html(text));
  }

  /** The markup of a text: a {@code div} of paragraphs. Public for tests and other renderers. */
  public static String html(String text) {
    StringBuilder out = new StringBuilder("<div class=\"pa-reading\" lang=\"fr\">");
    for (String paragraph : PARAGRAPHS.split(text.strip())) {
      if (paragraph.isBlank()) {
        continue;
      }
      out.append("<p>");
      String[] lines = paragraph.strip().split("\\R");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("<br>");
        }
        appendLine(out, lines[i]);
      }
      out.append("</p>");
    }
    return out.append("</div>").toString();
  }

  private static void appendLine(StringBuilder out, String line) {
    for (Token token : FrenchSyllabifier.text(line)) {
      if (token instanceof Token.Word word) {
        out.append("<span class=\"pa-word\"><span class=\"pa-said\">")
            .append(escape(word.text()))
            .append("</span><span class=\"pa-syllables\" aria-hidden=\"true\">");
        int n = 0;
        for (Syllable syllable : word.syllables()) {
          out.append("<span class=\"pa-s").append(n++ % 2 + 1).append("\">");
          for (Syllable.Part part : syllable.parts()) {
            if (part.silent()) {
              out.append("<span class=\"pa-silent\">")
                  .append(escape(part.text()))
                  .append("</span>");
            } else {
              out.append(escape(part.text()));
            }
          }
          out.append("</span>");
        }
        out.append("</span></span>");
      } else {
        out.append(escape(token.text()));
      }
    }
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
