package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The "test a URL" tool and the block page, with the keyboard only: what decided is shown and the
 * deciding rule is marked in the chain; the block page is public, plain French, shows the site's
 * name only. Both pass axe in every theme.
 */
class FilteringBrowserTest extends BrowserTest {

  private static final String RESULT_HEADING =
      "const h = document.querySelector('#filtering-result h2'); return h ? h.textContent : null;";

  @Test
  void aTeacherTestsAnAddressWithTheKeyboardAndSeesWhichRuleDecided() {
    LoginPage.open(browser)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
    ShellPage.opened(browser, "/filtrage/tester");

    Keyboard.moveFocusTo(browser, "the address field", "#filtering-url input");
    browser.type("https://www.jeux-gratuits.example/calcul");
    browser.enter();
    browser.waitUntil(
        () -> French.text("filtering.test.blocked").equals(browser.js(RESULT_HEADING)),
        () -> "the verdict «Bloqué», found " + browser.js(RESULT_HEADING));
    assertThat(browser.js("return document.querySelector('#filtering-result').textContent"))
        .asString()
        .contains("games", "domain jeux-gratuits.example");
    assertThat(
            browser.js(
                "const d = document.querySelector('.filtering-chain [aria-current=step]');"
                    + " return d ? d.textContent : null;"))
        .asString()
        .startsWith("territory block games");
    checkThemes("the test tool with a blocked address");

    // Back to the field (Shift+Tab), a new address, Enter again: an allowed site.
    Keyboard.moveFocusTo(browser, "the address field", "#filtering-url input");
    browser.press(Keys.END);
    browser.press(Keys.BACK_SPACE.toString().repeat(60));
    browser.type("https://fr.vikidia.org/wiki/Lune");
    browser.enter();
    browser.waitUntil(
        () -> French.text("filtering.test.allowed").equals(browser.js(RESULT_HEADING)),
        () -> "the verdict «Autorisé», found " + browser.js(RESULT_HEADING));
    assertAccessible("the test tool with an allowed address");
  }

  @Test
  void theReferentTestsAnAddressTheFilterCannotReadAndReadsWhyItIsBlocked() {
    LoginPage.open(browser)
        .logIn("referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    ShellPage.opened(browser, "/filtrage/tester");

    Keyboard.moveFocusTo(browser, "the address field", "#filtering-url input");
    browser.type("https://fr.vikidia.org/100%zz");
    browser.enter();
    browser.waitUntil(
        () -> French.text("filtering.test.blocked").equals(browser.js(RESULT_HEADING)),
        () -> "the verdict «Bloqué», found " + browser.js(RESULT_HEADING));
    String result =
        (String) browser.js("return document.querySelector('#filtering-result').textContent");
    assertThat(result)
        .contains(
            French.text(
                "filtering.test.unreadable", French.text("filtering.test.unreadable.percent")),
            French.text(
                "filtering.test.unreadableDetail", "unparseable request: bad percent-encoding"))
        .doesNotContain(French.text("filtering.test.chain"));
    assertThat(browser.js("return document.querySelector('#filtering-url[invalid]') === null"))
        .isEqualTo(true);
    checkThemes("the test tool with an address the filter cannot read");
  }

  @Test
  void theBlockPageIsPublicPlainAndShowsTheSiteNameOnly() {
    browser.open(
        "/filtrage/bloque?url=http%3A%2F%2Fwww.jeux-gratuits.example%2Fpartie%3Fjoueur%3Dlea&categorie=games");
    browser.waitUntil(
        () -> browser.title().startsWith(French.text("filtering.block.title")),
        () -> "the block page, found the title «" + browser.title() + "»");
    assertThat(browser.path()).startsWith("/filtrage/bloque?");
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("fr");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("filtering.block.heading"));
    String text = (String) browser.js("return document.querySelector('main').textContent");
    assertThat(text)
        .contains(
            French.text("filtering.block.site", "www.jeux-gratuits.example"),
            French.text("filtering.block.why.games"),
            French.text("filtering.block.ask"))
        .doesNotContain("joueur", "lea", "partie");

    Focused link =
        Keyboard.tabForwardTo(
            browser, "the way back", f -> f.name().equals(French.text("filtering.block.back")));
    assertThat(link.tag()).isEqualTo("a");
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    checkThemes("the block page, signed out");
  }

  @Test
  void aSignedInPupilSeesTheBlockPageInHerOwnSettingsWithoutHerName() {
    LoginPage.open(browser)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    browser.open("/filtrage/bloque?url=https%3A%2F%2Fxxx.test%2F&categorie=adult");
    browser.waitUntil(
        () -> browser.title().startsWith(French.text("filtering.block.title")),
        () -> "the block page, found the title «" + browser.title() + "»");
    assertThat((String) browser.js("return document.querySelector('main').textContent"))
        .contains(French.text("filtering.block.why.adult"))
        .doesNotContain("Léa", "Martin");
    checkThemes("the block page, signed in as a pupil");
  }

  /** axe in each theme (with the enhanced contrast rule in the high-contrast ones). */
  private void checkThemes(String view) {
    SoftAssertions softly = new SoftAssertions();
    Map<String, String> own = PageProfile.attributes(browser);
    try {
      for (String theme : THEMES) {
        PageProfile.with(browser, PageProfile.THEME, theme);
        softly
            .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
            .as("axe violations in the theme %s on %s", theme, view)
            .isEmpty();
      }
      PageProfile.with(browser, PageProfile.LARGE_TARGETS, "");
      softly
          .assertThat(ThemeChecks.smallTargets(browser, 44))
          .as("targets under 44x44 px with large targets on %s", view)
          .isEmpty();
    } finally {
      PageProfile.apply(browser, own);
    }
    softly.assertAll();
  }
}
