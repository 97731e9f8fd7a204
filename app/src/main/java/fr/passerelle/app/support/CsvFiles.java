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
import org.apache.commons.csv.CSVParser;
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

  /**
   * A record of a file read: its number (1 for the first record), the line of the file it starts on
   * (1 for the first line; a quoted cell may hold line breaks and blank lines are skipped, so the
   * two may differ: error reports name the line) and its cells as written.
   */
  public record Line(long number, long line, List<String> cells) {}

  /** Reads CSV text (a leading byte-order mark is skipped); every record, the header included. */
  public static List<Line> read(String text) {
    String body = text.startsWith(BOM) ? text.substring(1) : text;
    List<Line> lines = new ArrayList<>();
    LineCounter counter = new LineCounter(body);
    long consumed = 0;
    try (CSVParser parser = FORMAT.parse(new StringReader(body))) {
      for (CSVRecord record : parser) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        long line = counter.lineAt(record.getCharacterPosition());
        lines.add(new Line(record.getRecordNumber(), line, cells));
        consumed = parser.getCurrentLineNumber();
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new CsvException(
          e.getMessage() == null ? e.toString() : e.getMessage(),
          new LineCounter(body).lineAfter(consumed));
    }
    return lines;
  }

  /** Reads CSV; every record, the header included. A malformed file throws {@link CsvException}. */
  public static List<Line> read(Reader reader) {
    StringWriter text = new StringWriter();
    try {
      reader.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text.toString());
  }

  /**
   * The line a record starts on, from where the parser began reading it: the blank lines it skipped
   * are passed over, then the line breaks before are counted (each one once, forward).
   */
  private static final class LineCounter {
    private final String text;
    private int position;
    private long line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    /** The line of the first record after the first {@code lines} lines. */
    long lineAfter(long lines) {
      int at = 0;
      for (long seen = 0; seen < lines && at < text.length(); at++) {
        if (text.charAt(at) == '\n') {
          seen++;
        }
      }
      return lineAt(at);
    }

    long lineAt(long start) {
      int at = (int) Math.min(start, text.length());
      while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
        at++;
      }
      for (; position < at; position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  /** A file that is not CSV (an unclosed quote, for instance), from the line it stops being. */
  public static final class CsvException extends RuntimeException {
    private final long line;

    public CsvException(String message, long line) {
      super(message);
      this.line = line;
    }

    /** The line the unreadable record starts on (1 for the first line). */
    public long line() {
      return line;
    }
  }
}
