package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passerelle.app.support.CsvFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one way a view offers a file to download: a link whose content is made when it is followed
 * (fresh, with the caller's rights checked by the service that makes it), saved under a name.
 */
public final class Downloads {

  public static final String CSV = "text/csv;charset=UTF-8";

  private Downloads() {}

  /** A link to a file made on demand. */
  public static Anchor link(
      String text, String fileName, String mimeType, Supplier<byte[]> content) {
    DownloadHandler handler =
        DownloadHandler.fromInputStream(
            event -> {
              byte[] bytes = content.get();
              return new DownloadResponse(
                  new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
            });
    Anchor anchor = new Anchor(handler, text);
    anchor.getElement().setAttribute("download", fileName);
    anchor.addClassName("download");
    return anchor;
  }

  /** A link to a CSV file for a spreadsheet, made on demand from rows. */
  public static Anchor csv(
      String text,
      String fileName,
      Supplier<? extends List<? extends List<? extends @Nullable Object>>> rows) {
    return link(
        text,
        fileName,
        CSV,
        () -> CsvFiles.forSpreadsheet(rows.get()).getBytes(StandardCharsets.UTF_8));
  }
}
