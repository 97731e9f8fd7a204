package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The class space in the browser, keyboard only: the teacher adds a resource with its text version
 * after bad files are refused (nothing typed is lost) and sees what is still missing for her class;
 * she tries to publish news with an undescribed image, is refused, describes it and publishes; a
 * pupil reads the news from his home. Every page is axe-clean in every theme.
 */
class ClassSpaceBrowserTest extends BrowserTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    return exe;
  }

  private ShellPage openFromNav(ShellPage page, String path) {
    return page.followNavLink(
        page.navLinks().stream().filter(l -> l.path().equals(path)).findFirst().orElseThrow());
  }

  private void axeInEveryTheme(String view) {
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
          .as("axe in %s on %s", theme, view)
          .isEmpty();
    }
    softly.assertAll();
  }

  @Test
  void theTeacherAddsAResourceWithATextVersionAfterBadFilesAndSeesWhatIsMissing() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    ShellPage page = openFromNav(home, "/ressources");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("resources.heading"));
    ClassSpacePages pages = new ClassSpacePages(browser);

    pages.press("«" + French.text("resources.add") + "»", "#resource-add");
    pages.assertFocusIn("#resource-title input");
    browser.type("Les volcans");
    pages.typeInto("the description", "#resource-description textarea", "Une fiche à lire.");

    // An executable renamed .pdf, an empty file, a file too big: each refused in words.
    pages.send("resource-file", ClassSpacePages.file("volcans.pdf", executable()));
    assertThat(pages.status("resource-file"))
        .isEqualTo(French.text("resources.file.type.DOCUMENT"));
    pages.send("resource-file", ClassSpacePages.file("vide.pdf", new byte[0]));
    assertThat(pages.status("resource-file")).isEqualTo(French.text("resources.file.empty"));
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    pages.send("resource-file", ClassSpacePages.file("enorme.pdf", big));
    assertThat(pages.status("resource-file")).isEqualTo(French.text("resources.file.tooBig", 10));
    assertThat(pages.value("#resource-title input")).isEqualTo("Les volcans");
    assertThat(pages.value("#resource-description textarea")).isEqualTo("Une fiche à lire.");

    // A real sheet is often a few megabytes: it must reach the server whole (no servlet limit of
    // 1 MB in the way).
    byte[] sheet = new byte[3 * 1024 * 1024];
    System.arraycopy(PDF, 0, sheet, 0, PDF.length);
    pages.send("resource-file", ClassSpacePages.file("volcans.pdf", sheet));
    assertThat(pages.status("resource-file"))
        .isEqualTo(French.text("resources.file.ready", "volcans.pdf", 3072));
    pages.typeInto("the text version", "#resource-text textarea", "Un volcan crache de la lave.");
    axeInEveryTheme("the resource form");
    pages.press("«" + French.text("resources.form.save") + "»", "#resource-save");
    browser.waitUntil(
        () -> page.announced().equals(French.text("resources.form.saved", "Les volcans")),
        () -> "the saved resource announced, it says " + page.announced());

    String article = pages.article("Les volcans");
    assertThat(article).contains("Un volcan crache de la lave.");
    assertThat(article)
        .contains(French.text("resources.missing.heading"))
        .contains(
            French.text(
                "resources.missing.line", French.text("resources.alternative.EASY_READ"), 1))
        .contains(
            French.text(
                "resources.missing.line", French.text("resources.alternative.LARGE_PRINT"), 1))
        .contains(
            French.text(
                "resources.missing.line",
                French.text("resources.alternative.AUDIO_DESCRIPTION"),
                3))
        .doesNotContain(
            French.text("resources.missing.line", French.text("resources.alternative.TEXT"), 3));
    axeInEveryTheme("the resources of the CE1, for its teacher");
  }

  @Test
  void theTeacherDescribesTheImageBeforeTheNewsIsPublished() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    ShellPage page = openFromNav(home, "/actualites");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("news.heading"));
    ClassSpacePages pages = new ClassSpacePages(browser);
    pages.typeInto("the title", "#news-title input", "Visite de la caserne");
    pages.typeInto("the text", "#news-body textarea", "Les pompiers nous ont montré le camion.");
    pages.send("news-image", ClassSpacePages.file("caserne.png", PNG));
    browser.waitUntil(
        () -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('[id^=news-alt-]')")),
        () -> "the field for the image's text");
    String alt = "#" + browser.js("return document.querySelector('[id^=news-alt-]').id") + " input";

    pages.press("«" + French.text("news.editor.publish") + "»", "#news-publish");
    assertThat(pages.text("#news-editor-error"))
        .isEqualTo(
            French.text(
                "news.editor.refused", French.text("news.error.altMissing", 1, "caserne.png")));
    pages.assertFocusIn(alt);
    assertThat(pages.value("#news-title input")).isEqualTo("Visite de la caserne");

    browser.type("Un camion de pompiers rouge.");
    pages.press("«" + French.text("news.editor.publish") + "»", "#news-publish");
    browser.waitUntil(
        () -> page.announced().equals(French.text("news.editor.published")),
        () -> "the news announced as published, it says " + page.announced());
    assertThat(pages.article("Visite de la caserne"))
        .contains("Les pompiers nous ont montré le camion.");
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('main article img')]"
                    + ".map(i => i.alt).includes(arguments[0]);",
                "Un camion de pompiers rouge."))
        .isEqualTo(true);
    axeInEveryTheme("the news of the CE1, for its teacher");
  }

  @Test
  void aPupilReadsTheNewsFromHisHome() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(new ClassSpacePages(browser).text("#news-home-section"))
        .contains("Sortie au parc jeudi");
    ShellPage news = home.followLink(French.text("news.section.open"), "/actualites");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("news.heading"));
    assertThat(news.mainText()).contains("Sortie au parc jeudi");
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('main article img')].map(i => i.alt)"
                    + ".includes(arguments[0]);",
                "Dessin d’un soleil jaune au-dessus d’une prairie verte."))
        .isEqualTo(true);
    // The image comes through the service, for this pupil: it has loaded.
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    "const i = document.querySelector('main article img');"
                        + " return !!i && i.complete && i.naturalWidth > 0;")),
        () -> "the news image to load");
    // Read aloud: the post's own button, reached with Tab.
    String listen = French.text("speech.read");
    Keyboard.tabForwardTo(browser, listen, f -> f.name().equals(listen));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    assertThat(browser.js("return !!document.querySelector('main [id^=news-editor]')"))
        .isEqualTo(false);
    axeInEveryTheme("the news, for a pupil");
  }
}
