package fr.passerelle.accessibility.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the syllabifier against the word list {@code reading/syllabes.tsv} (French primary-school
 * words with their expected written syllables and silent letters) and reports every mismatch.
 */
class FrenchSyllabifierTest {

  /**
   * Words of the list the rules deliberately do not read right, with the reason. They stay in the
   * list (and are checked to still be wrong, so that this set is kept up to date).
   */
  static final Map<String, String> KNOWN_EXCEPTIONS =
      Map.of(
          "compter", "a silent p inside a word is not marked (only word ends and h are)",
          "automne", "a silent m inside a word is not marked (only word ends and h are)");

  record Entry(int line, String text, String expected) {}

  static List<Entry> wordList() throws IOException {
    String tsv;
    try (InputStream in =
        FrenchSyllabifierTest.class.getResourceAsStream("/reading/syllabes.tsv")) {
      assertThat(in).as("reading/syllabes.tsv").isNotNull();
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Entry> entries = new ArrayList<>();
    String[] lines = tsv.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      assertThat(columns).as("line %d: text<TAB>expected", i + 1).hasSize(2);
      entries.add(new Entry(i + 1, columns[0], columns[1]));
    }
    return entries;
  }

  @Test
  void theWordListHasAtLeastThreeHundredDistinctEntries() throws IOException {
    List<Entry> entries = wordList();
    assertThat(entries.stream().map(Entry::text).distinct().count()).isGreaterThanOrEqualTo(300);
    assertThat(entries.stream().map(Entry::text).distinct().count()).isEqualTo(entries.size());
  }

  @Test
  void everyWordOfTheListIsCutAsExpected() throws IOException {
    List<String> mismatches = new ArrayList<>();
    Map<String, String> stillExceptions = new LinkedHashMap<>();
    int right = 0;
    List<Entry> entries = wordList();
    for (Entry e : entries) {
      String actual = FrenchSyllabifier.marked(e.text());
      boolean ok = actual.equals(e.expected());
      if (KNOWN_EXCEPTIONS.containsKey(e.text())) {
        if (!ok) {
          stillExceptions.put(e.text(), actual);
        }
        continue;
      }
      if (ok) {
        right++;
      } else {
        mismatches.add(
            String.format(
                "line %d: %s expected %s but was %s", e.line(), e.text(), e.expected(), actual));
      }
    }
    System.out.printf(
        "Syllables: %d of %d words right, %d known exceptions %s%n",
        right, entries.size(), stillExceptions.size(), stillExceptions);
    assertThat(mismatches).as("mismatches").isEmpty();
    assertThat(stillExceptions.keySet())
        .as("known exceptions still wrong (remove those now read right)")
        .containsExactlyInAnyOrderElementsOf(KNOWN_EXCEPTIONS.keySet());
  }

  @Test
  void syllablesKeepEveryCharacterOfTheText() {
    String text = "Aujourd’hui, l’élève d’Hugo lit : « Les chats-huants chantent ! »";
    StringBuilder rebuilt = new StringBuilder();
    for (Token t : FrenchSyllabifier.text(text)) {
      rebuilt.append(t.text());
      if (t instanceof Token.Word w) {
        assertThat(String.join("", w.syllables().stream().map(Syllable::text).toList()))
            .isEqualTo(w.text());
      }
    }
    assertThat(rebuilt.toString()).isEqualTo(text);
  }

  @Test
  void theVerbEndingIsSilentOnlyWhenTheSubjectShowsIt() {
    assertThat(FrenchSyllabifier.marked("ils couvent")).isEqualTo("il[s] cou-v[ent]");
    assertThat(FrenchSyllabifier.marked("le couvent")).isEqualTo("le cou-ven[t]");
    assertThat(FrenchSyllabifier.marked("Ils, souvent")).isEqualTo("Il[s], sou-ven[t]");
  }

  @Test
  void aStraightApostropheIsReadLikeATypographicOne() {
    assertThat(FrenchSyllabifier.marked("l'école")).isEqualTo("l'é-co-l[e]");
  }

  @Test
  void oneWordOnlyAndEmptyText() {
    assertThat(FrenchSyllabifier.word("")).isEmpty();
    assertThat(FrenchSyllabifier.text("")).isEmpty();
    assertThat(FrenchSyllabifier.text(" 12 ! ")).singleElement().isInstanceOf(Token.Gap.class);
    assertThatThrownBy(() -> FrenchSyllabifier.word("deux mots"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
