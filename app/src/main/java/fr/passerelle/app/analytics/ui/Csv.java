package fr.passerelle.app.analytics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * CSV as spreadsheets in France open it: UTF-8 with a byte-order mark, semicolons between fields,
 * quotes where a field needs them. Built when the link is followed, from fresh figures.
 */
final class Csv {

  private Csv() {}

  static String of(List<List<String>> rows) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          csv.append(';');
        }
        csv.append(field(row.get(i)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String field(String value) {
    boolean quote =
        value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  /** A download link for a CSV file built on demand. */
  static Anchor link(String text, String fileName, Supplier<List<List<String>>> rows) {
    DownloadHandler handler =
        DownloadHandler.fromInputStream(
            event -> {
              byte[] bytes = of(rows.get()).getBytes(StandardCharsets.UTF_8);
              return new DownloadResponse(
                  new ByteArrayInputStream(bytes),
                  fileName,
                  "text/csv; charset=UTF-8",
                  bytes.length);
            });
    Anchor anchor = new Anchor(handler, text);
    anchor.getElement().setAttribute("download", fileName);
    anchor.addClassName("download");
    return anchor;
  }
}
