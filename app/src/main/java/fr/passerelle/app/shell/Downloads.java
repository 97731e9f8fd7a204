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

  /** A file as it is sent: its name, its media type, its bytes. */
  public record Content(String name, String mimeType, byte[] bytes) {}

  /** A link to a file made on demand. */
  public static Anchor link(
      String text, String fileName, String mimeType, Supplier<byte[]> content) {
    Anchor anchor = new Anchor(handler(() -> new Content(fileName, mimeType, content.get())), text);
    anchor.getElement().setAttribute("download", fileName);
    anchor.addClassName("download");
    return anchor;
  }

  /**
   * A link to a stored file fetched when it is followed (through the service that checks the
   * caller), saved under its own name with its own type.
   */
  public static Anchor file(String text, Supplier<Content> fetch) {
    Anchor anchor = new Anchor(handler(fetch), text);
    anchor.addClassName("download");
    return anchor;
  }

  /**
   * What sends a file fetched when the browser asks for it: behind a link, an image or an audio
   * player's source. Never a public address: each request goes through {@code fetch} again.
   */
  public static DownloadHandler handler(Supplier<Content> fetch) {
    return DownloadHandler.fromInputStream(
        event -> {
          Content file = fetch.get();
          return new DownloadResponse(
              new ByteArrayInputStream(file.bytes()),
              file.name(),
              file.mimeType(),
              file.bytes().length);
        });
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
