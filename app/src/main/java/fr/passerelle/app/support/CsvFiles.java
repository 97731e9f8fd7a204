package fr.passerelle.app.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * CSV as French spreadsheets open it, read and written in one place (Apache Commons CSV):
 * semicolons between fields, quotes only where a field needs them, lines ended by CR LF, UTF-8 with
 * a byte-order mark when written for a spreadsheet. A written cell that a spreadsheet would run as
 * a formula (=, +, -, @, tab or carriage return first, and not a plain number) is neutralised with
 * a leading apostrophe: a name typed as "=HYPERLINK(...)" stays text.
 */
public final class CsvFiles {

  /** The byte-order mark that makes spreadsheets read the file as UTF-8. */
  public static final String BOM = "\uFEFF";

  private static final CSVFormat FORMAT =
      CSVFormat.Builder.create()
          .setDelimiter(';')
          .setQuote('"')
          .setRecordSeparator("\r\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .setIgnoreSurroundingSpaces(false)
          .get();

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

  private CsvFiles() {}

  /** The rows as CSV, for a spreadsheet (with the byte-order mark). */
  public static String forSpreadsheet(List<? extends List<? extends @Nullable Object>> rows) {
    return BOM + write(rows);
  }

  /** The rows as CSV, without the byte-order mark. */
  public static String write(List<? extends List<? extends @Nullable Object>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<? extends @Nullable Object> row : rows) {
        printer.printRecord(row.stream().map(CsvFiles::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One cell as written: empty for null, neutralised when a spreadsheet would run it. */
  public static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }

  /** A line of a file read, with its number (1 for the first line) and its cells as written. */
  public record Line(long number, List<String> cells) {}

  /** Reads CSV text (a leading byte-order mark is skipped); every line, the header included. */
  public static List<Line> read(String text) {
    String body = text.startsWith(BOM) ? text.substring(1) : text;
    return read(new StringReader(body));
  }

  /** Reads CSV; every line, the header included. A malformed file throws {@link CsvException}. */
  public static List<Line> read(Reader reader) {
    List<Line> lines = new ArrayList<>();
    try {
      for (CSVRecord record : FORMAT.parse(reader)) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        lines.add(new Line(record.getRecordNumber(), cells));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new CsvException(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return lines;
  }

  /** A file that is not CSV (an unclosed quote, for instance). */
  public static final class CsvException extends RuntimeException {
    public CsvException(String message) {
      super(message);
    }
  }
}
