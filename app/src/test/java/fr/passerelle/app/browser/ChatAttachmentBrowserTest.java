package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ClassChatBrowserTest.FOCUS_IN_FIELD;
import static fr.passerelle.app.browser.ClassChatBrowserTest.enter;
import static fr.passerelle.app.browser.ClassChatBrowserTest.focusLabel;
import static fr.passerelle.app.browser.ClassChatBrowserTest.messagesText;
import static fr.passerelle.app.browser.ClassChatBrowserTest.shiftTabUntil;
import static fr.passerelle.app.browser.ClassChatBrowserTest.tabUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A picture sent in the class chat, keyboard only (the system's file dialog aside): Léa types her
 * message, tries a file whose name says PNG but whose content is text (refused in words, her text
 * kept), a file too large and a text file (refused by the browser, said in words), then a real PNG,
 * says what it shows, and sends; Hugo's window receives the image with Léa's words as its text
 * alternative, served to him. Zero axe violations with a file refused and with an image waiting for
 * its description.
 */
class ChatAttachmentBrowserTest extends BrowserTest {

  private static final String FOCUS_IN_UPLOAD =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "if (!a) return false; let n = a; while (n) { if (n.id === 'chat-upload') return true;"
          + " n = n.parentNode || n.host; } return false;";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aPictureGoesWithItsDescriptionAndARefusedFileKeepsTheText() throws IOException {
    long classId = demo.schoolClass(ClassChatBrowserTest.FERRY, "CE1");
    String path =
        "/chat/salon/"
            + jdbc.sql(
                    "select id from chat_room where external_kind = 'class' and external_key = ?")
                .param(Long.toString(classId))
                .query(Long.class)
                .single();
    Path disguised = Files.createTempFile("dessin", ".png");
    Files.writeString(disguised, "Ceci n'est pas une image", StandardCharsets.UTF_8);
    Path picture = Files.createTempFile("soleil", ".png");
    BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.YELLOW);
    g.fillOval(5, 5, 30, 30);
    g.dispose();
    ImageIO.write(image, "png", picture.toFile());
    Path tooBig = Files.createTempFile("grand", ".png");
    Files.write(tooBig, new byte[2 * 1024 * 1024 + 1]);
    Path note = Files.createTempFile("note", ".txt");
    Files.writeString(note, "Une note", StandardCharsets.UTF_8);

    try (Browser hugo = Browser.start(port)) {
      enter(hugo, "hugo.nguyen", path);
      enter(browser, "lea.martin", path);

      tabUntil(browser, () -> Boolean.TRUE.equals(browser.js(FOCUS_IN_FIELD)), "the message field");
      browser.type("Regarde mon dessin");
      tabUntil(browser, () -> Boolean.TRUE.equals(browser.js(FOCUS_IN_UPLOAD)), "the file button");
      PageChecks.assertFocusVisibleAndNotObscured(browser);

      // The system's dialog is not a page: the file is handed to the upload's input.
      choose(browser, disguised);
      String refused = French.text("chat.refused.ATTACHMENT_TYPE");
      browser.waitUntil(
          () -> refused.equals(fileState(browser)),
          () -> "the refusal «" + refused + "», the page says «" + fileState(browser) + "»");
      assertThat(fieldValue(browser)).isEqualTo("Regarde mon dessin");
      Axe.assertNoViolations(browser, "the class chat with a refused file");

      // Refused by the browser before it is sent: too large, then neither an image nor a PDF.
      choose(browser, tooBig);
      String large = French.text("chat.refused.ATTACHMENT_TOO_LARGE");
      browser.waitUntil(
          () -> large.equals(fileState(browser)),
          () -> "the refusal «" + large + "», the page says «" + fileState(browser) + "»");
      choose(browser, note);
      browser.waitUntil(
          () -> refused.equals(fileState(browser)),
          () -> "the refusal «" + refused + "», the page says «" + fileState(browser) + "»");
      assertThat(fieldValue(browser)).isEqualTo("Regarde mon dessin");

      choose(browser, picture);
      String ready = French.text("chat.attach.ready", picture.getFileName().toString());
      browser.waitUntil(
          () -> ready.equals(fileState(browser)),
          () -> "the picture ready, the page says «" + fileState(browser) + "»");
      tabUntil(
          browser,
          () ->
              Boolean.TRUE.equals(
                  browser.js(
                      FOCUS_IN_FIELD.replace("#chat-field", "#chat-attachment-description"))),
          "the description field");
      browser.type("Un soleil jaune");
      Axe.assertNoViolations(browser, "the class chat with a picture to describe");
      String send = French.text("chat.send");
      shiftTabUntil(browser, () -> focusLabel(browser).equals(send), "the send button");
      browser.enter();

      hugo.waitUntil(
          () ->
              messagesText(hugo).contains("Regarde mon dessin")
                  && altOf(hugo).equals("Un soleil jaune"),
          () -> "Léa's picture in Hugo's window, its alternative «" + altOf(hugo) + "»");
      hugo.waitUntil(
          () ->
              Boolean.TRUE.equals(
                  hugo.js(
                      "const i = document.querySelector('#chat-messages img.chat-image');"
                          + " return !!i && i.complete && i.naturalWidth === 40;")),
          () -> "the picture served to Hugo");
      assertThat(fieldValue(browser)).isEmpty();
      Axe.assertNoViolations(hugo, "the class chat with a picture received");
    } finally {
      Files.deleteIfExists(disguised);
      Files.deleteIfExists(picture);
      Files.deleteIfExists(tooBig);
      Files.deleteIfExists(note);
    }
  }

  private static void choose(Browser who, Path file) {
    who.chooseFile("chat-upload", file);
  }

  private static String fileState(Browser who) {
    return String.valueOf(
        who.js(
            "const p = document.getElementById('chat-file-state');"
                + " return p && !p.hidden ? p.textContent.trim() : '';"));
  }

  private static String fieldValue(Browser who) {
    return String.valueOf(who.js("return document.getElementById('chat-field').value"));
  }

  private static String altOf(Browser who) {
    return String.valueOf(
        who.js(
            "const i = document.querySelector('#chat-messages img.chat-image');"
                + " return i ? i.alt : '';"));
  }
}
