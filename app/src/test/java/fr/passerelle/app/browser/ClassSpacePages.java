package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The class space's pages as a person uses them with the keyboard: fields reached with Tab and
 * typed into, buttons pressed with Enter. Choosing a file is the operating system's dialog, which a
 * test cannot drive: the file's path is given to the upload's own file input instead.
 */
final class ClassSpacePages {

  private final Browser browser;

  ClassSpacePages(Browser browser) {
    this.browser = browser;
  }

  /** Tab (or Shift+Tab) to the field's own input, and type. */
  void typeInto(String what, String selector, String text) {
    Keyboard.moveFocusTo(browser, what, selector);
    browser.type(text);
  }

  /** Tab to a button, Enter, and wait for the server. */
  void press(String what, String selector) {
    Keyboard.moveFocusTo(browser, what, selector);
    browser.enter();
    browser.waitForVaadin();
  }

  /** Sends a file through an upload, as the file dialog would, and waits for its answer. */
  void send(String uploadId, Path file) {
    String before = status(uploadId);
    browser.chooseFile(uploadId, file);
    browser.waitUntil(
        () -> !status(uploadId).equals(before) || uploadId.equals("news-image"),
        () -> "an answer to the file sent to " + uploadId + ", status: " + status(uploadId));
    browser.waitForVaadin();
  }

  String status(String uploadId) {
    Object text =
        browser.js(
            "const s = document.getElementById(arguments[0] + '-status');"
                + " return s ? s.textContent : '';",
            uploadId);
    return text == null ? "" : (String) text;
  }

  String value(String selector) {
    return (String) browser.js("return document.querySelector(arguments[0]).value;", selector);
  }

  String text(String selector) {
    Object text =
        browser.js(
            "const e = document.querySelector(arguments[0]); return e ? e.innerText : '';",
            selector);
    return text == null ? "" : (String) text;
  }

  void assertFocusIn(String selector) {
    browser.waitUntil(
        () -> Keyboard.isFocused(browser, selector),
        () -> "the focus on " + selector + ", it is on " + browser.describeFocus());
  }

  /** The article of a resource or post, by its heading. */
  String article(String heading) {
    Object text =
        browser.js(
            "const h = [...document.querySelectorAll('main article h3')]"
                + ".find(h => h.textContent.trim() === arguments[0]);"
                + " return h ? h.closest('article').innerText : null;",
            heading);
    assertThat(text).as("an article headed «%s»", heading).isNotNull();
    return (String) text;
  }

  static Path file(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("classspace");
      Path file = dir.resolve(name);
      Files.write(file, content);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
