package fr.passerelle.app.reading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The markup of syllable colouring: whole words for assistive technologies, syllables for eyes. */
class SyllableTextTest {

  static Document parse(String text) {
    return Jsoup.parseBodyFragment(SyllableText.html(text));
  }

  @Test
  void eachWordIsReadWholeAndShownInSyllablesHiddenFromAssistiveTechnologies() {
    Document doc = parse("Le chocolat.");
    Element root = doc.body().child(0);
    assertThat(root.attr("lang")).isEqualTo("fr");
    assertThat(doc.select(".pa-word")).hasSize(2);
    Element chocolat = doc.select(".pa-word").get(1);
    assertThat(chocolat.select(".pa-said").text()).isEqualTo("chocolat");
    Element visual = chocolat.selectFirst(".pa-syllables");
    assertThat(visual.attr("aria-hidden")).isEqualTo("true");
    assertThat(visual.children().eachText()).containsExactly("cho", "co", "lat");
    assertThat(visual.children().eachAttr("class")).containsExactly("pa-s1", "pa-s2", "pa-s1");
    assertThat(visual.select(".pa-silent").eachText()).containsExactly("t");
    // What is not aria-hidden reads as the original text.
    doc.select("[aria-hidden=true]").remove();
    assertThat(doc.body().text()).isEqualTo("Le chocolat.");
  }

  @Test
  void theAlternationRestartsAtEachWord() {
    Document doc = parse("école table");
    assertThat(doc.select(".pa-syllables").get(1).children().eachAttr("class"))
        .containsExactly("pa-s1", "pa-s2");
  }

  @Test
  void markupInTheTextIsEscapedAndParagraphsAndLinesAreKept() {
    Document doc = parse("<b>Bonjour</b> & “merci”\nligne deux\n\nDeuxième paragraphe");
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.select("p")).hasSize(2);
    assertThat(doc.select("p").first().select("br")).hasSize(1);
    doc.select("[aria-hidden=true]").remove();
    assertThat(doc.select("p").first().text()).isEqualTo("<b>Bonjour</b> & “merci” ligne deux");
  }

  @Test
  void anEmptyTextGivesAnEmptyBlock() {
    assertThat(SyllableText.html("  ")).isEqualTo("<div class=\"pa-reading\" lang=\"fr\"></div>");
  }
}
