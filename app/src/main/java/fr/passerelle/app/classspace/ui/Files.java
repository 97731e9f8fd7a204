package fr.passerelle.app.classspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.passerelle.app.classspace.StoredFile;
import fr.passerelle.app.shell.Downloads;
import java.util.function.Supplier;

/**
 * Stored files on a page, sent by {@link Downloads} with their own name and type: each request for
 * the bytes goes through the service again, which checks the person (never a public address).
 */
final class Files {

  private Files() {}

  static DownloadHandler handler(Supplier<StoredFile> fetch) {
    return Downloads.handler(() -> content(fetch.get()));
  }

  static Anchor link(Supplier<StoredFile> fetch, String text) {
    return Downloads.file(text, () -> content(fetch.get()));
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

  private static Downloads.Content content(StoredFile file) {
    return new Downloads.Content(file.name(), file.mediaType(), file.content());
  }
}
