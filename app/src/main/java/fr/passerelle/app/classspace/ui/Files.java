package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passerelle.app.classspace.StoredFile;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * Stored files on a page: each request for the bytes goes through the service again, which checks
 * the person (never a public address).
 */
final class Files {

  private Files() {}

  static DownloadHandler handler(Supplier<StoredFile> fetch) {
    return DownloadHandler.fromInputStream(
        e -> {
          StoredFile file = fetch.get();
          return new DownloadResponse(
              new ByteArrayInputStream(file.content()),
              file.name(),
              file.mediaType(),
              file.content().length);
        });
  }

  static Anchor link(Supplier<StoredFile> fetch, String text) {
    Anchor link = new Anchor(handler(fetch), text);
    link.addClassName("class-space-download");
    return link;
  }

  /** A native audio player with its controls, named for assistive technologies. */
  static Div audio(Supplier<StoredFile> fetch, String label) {
    Element audio = new Element("audio");
    audio.setAttribute("controls", true);
    audio.setAttribute("preload", "none");
    audio.setAttribute("aria-label", label);
    audio.setAttribute("src", handler(fetch));
    Div player = new Div();
    player.getElement().appendChild(audio);
    return player;
  }

  static Image image(Supplier<StoredFile> fetch, String altText) {
    return new Image(handler(fetch), altText);
  }
}
