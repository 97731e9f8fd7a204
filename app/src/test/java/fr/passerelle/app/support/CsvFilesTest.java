package fr.passerelle.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFilesTest {

  @Test
  void writesSemicolonsQuotesWhereNeededAndABomForSpreadsheets() {
    String csv =
        CsvFiles.forSpreadsheet(
            List.of(
                List.of("Nom", "Commentaire"),
                Arrays.asList("Léa « Martin »", "dit \"bonjour\"; puis part"),
                Arrays.asList("Tom", null)));
    assertThat(csv)
        .isEqualTo(
            "\uFEFFNom;Commentaire\r\n"
                + "Léa « Martin »;\"dit \"\"bonjour\"\"; puis part\"\r\n"
                + "Tom;\r\n");
  }

  @Test
  void aCellASpreadsheetWouldRunStaysTextButNumbersStayNumbers() {
    assertThat(CsvFiles.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvFiles.cell("+33 6 12")).isEqualTo("'+33 6 12");
    assertThat(CsvFiles.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvFiles.cell("-5")).isEqualTo("-5");
    assertThat(CsvFiles.cell("-2,5")).isEqualTo("-2,5");
    assertThat(CsvFiles.cell(42)).isEqualTo("42");
  }

  @Test
  void readsWhatItWritesWithLineNumbers() {
    String csv =
        CsvFiles.forSpreadsheet(
            List.of(List.of("a", "b"), List.of("x;y", "ligne\nsuivante"), List.of("z", "")));
    List<CsvFiles.Line> lines = CsvFiles.read(csv);
    assertThat(lines)
        .extracting(CsvFiles.Line::cells)
        .containsExactly(List.of("a", "b"), List.of("x;y", "ligne\nsuivante"), List.of("z", ""));
    assertThat(lines).extracting(CsvFiles.Line::number).containsExactly(1L, 2L, 3L);
    assertThat(lines).extracting(CsvFiles.Line::line).containsExactly(1L, 2L, 4L);
  }

  @Test
  void eachRecordKnowsTheLineItStartsOnPastQuotedLineBreaksAndBlankLines() {
    List<CsvFiles.Line> lines = CsvFiles.read("a;b\r\n\"x\r\ny\";z\r\n\r\n\nlast;1\r\nend;2");
    assertThat(lines)
        .extracting(CsvFiles.Line::cells)
        .containsExactly(
            List.of("a", "b"), List.of("x\r\ny", "z"), List.of("last", "1"), List.of("end", "2"));
    assertThat(lines).extracting(CsvFiles.Line::number).containsExactly(1L, 2L, 3L, 4L);
    assertThat(lines).extracting(CsvFiles.Line::line).containsExactly(1L, 2L, 6L, 7L);
  }

  @Test
  void anUnclosedQuoteIsRefused() {
    assertThatThrownBy(() -> CsvFiles.read("a;b\r\n\"x;y\r\n"))
        .isInstanceOf(CsvFiles.CsvException.class);
    assertThatThrownBy(() -> CsvFiles.read("a;b\r\n\"x\r\ny\";z\r\n\r\nc;\"d\r\ne;f\r\n"))
        .isInstanceOfSatisfying(
            CsvFiles.CsvException.class, e -> assertThat(e.line()).as("its line").isEqualTo(5));
  }
}
