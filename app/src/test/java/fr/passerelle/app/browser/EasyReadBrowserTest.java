package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Reading aids in the browser, keyboard only: Hugo (simplified profile) gets his class's
 * easy-to-read version first, marked, opens the original with the keyboard, and sees the syllables
 * coloured when his profile turns colouring on; axe finds nothing in any theme. The review page of
 * the school's director is axe-clean in every theme too.
 */
class EasyReadBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";

  private static final String BLOCK =
      """
      const block = document.querySelector('main .class-text .easy-read');
      if (!block) { return null; }
      const shown = e => !!e && e.getClientRects().length > 0;
      const easy = block.querySelector('.easy-read-text');
      const original = block.querySelector('.easy-read-original');
      const toggle = block.querySelector('vaadin-button');
      return {
        easyFirst: !!easy && easy === block.firstElementChild,
        easyShown: shown(easy),
        originalShown: shown(original),
        mark: block.querySelector('.easy-read-mark') ? block.querySelector('.easy-read-mark').textContent.trim() : '',
        expanded: toggle ? toggle.getAttribute('aria-expanded') : '',
        easyWords: easy ? [...easy.querySelectorAll('.pa-said')].map(s => s.textContent).join(' ') : ''
      };
      """;

  private static final String COLOURS =
      """
      const first = document.querySelector('main .easy-read-text .pa-syllables');
      const word = [...document.querySelectorAll('main .easy-read-text .pa-word')]
          .find(w => w.querySelector('.pa-s2') && w.querySelector('.pa-silent'));
      const colour = e => getComputedStyle(e).color;
      return {
        text: colour(first.closest('.pa-word').parentElement),
        s1: colour(word.querySelector('.pa-s1')),
        s2: colour(word.querySelector('.pa-s2')),
        silent: colour(word.querySelector('.pa-silent')),
        said: word.querySelector('.pa-said').textContent
      };
      """;

  @Test
  void aSimplifiedPupilGetsTheEasyVersionFirstMarkedAndColouredSyllables() {
    LoginPage.open(browser)
        .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(PageProfile.attributes(browser)).containsKey("data-simplified");
    Map<String, Object> block = browser.jsMap(BLOCK);
    assertThat(block).as("the class text block on Hugo's home").isNotNull();
    assertThat(block.get("easyFirst")).isEqualTo(true);
    assertThat(block.get("easyShown")).isEqualTo(true);
    assertThat(block.get("originalShown")).isEqualTo(false);
    assertThat(block.get("mark")).isEqualTo(French.text("reading.block.mark"));
    assertThat((String) block.get("easyWords")).contains("Ta maîtresse s’appelle Amélie Durand");

    // Keyboard only: Tab to the class text's button (today's homework has one before it), Enter
    // opens the original.
    String showOriginal = French.text("reading.block.showOriginal");
    Keyboard.moveFocusTo(browser, showOriginal, "main .class-text .easy-read vaadin-button");
    assertThat(Focused.now(browser).name()).isEqualTo(showOriginal);
    browser.enter();
    browser.waitForVaadin();
    block = browser.jsMap(BLOCK);
    assertThat(block.get("originalShown")).isEqualTo(true);
    assertThat(block.get("expanded")).isEqualTo("true");
    PageChecks.assertFocusVisibleAndNotObscured(browser);

    // Without the profile flag the syllables look like plain text; with it, coloured.
    PageProfile.with(browser, "data-syllables", null);
    Map<String, Object> plain = browser.jsMap(COLOURS);
    assertThat(plain.get("s1")).isEqualTo(plain.get("text"));
    assertThat(plain.get("s2")).isEqualTo(plain.get("text"));
    PageProfile.with(browser, "data-syllables", "");
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      Map<String, Object> coloured = browser.jsMap(COLOURS);
      softly
          .assertThat(coloured.get("s1"))
          .as("two colours in %s", theme)
          .isNotEqualTo(coloured.get("s2"));
      softly
          .assertThat(coloured.get("silent"))
          .as("silent letters dimmed in %s", theme)
          .isNotEqualTo(coloured.get("s1"))
          .isNotEqualTo(coloured.get("s2"));
      Axe.Report report =
          Axe.analyze(browser, "Hugo's home, syllables on", HIGH_CONTRAST.contains(theme));
      softly.assertThat(report.violations()).as("axe in %s", theme).isEmpty();
    }
    softly.assertAll();
  }

  @Test
  void theReviewPageIsKeyboardReachableAndAxeCleanInEveryTheme() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "directrice.ferry",
                DemoData.PASSWORD,
                "/direction",
                French.title("home.director.title"));
    home.followNavLink(
        home.navLinks().stream()
            .filter(l -> l.path().equals("/lecture-facile"))
            .findFirst()
            .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("reading.view.heading"));
    String validate = French.text("reading.review.validate");
    Keyboard.tabForwardTo(browser, validate, f -> f.name().equals(validate));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(
              Axe.analyze(browser, "the review page", HIGH_CONTRAST.contains(theme)).violations())
          .as("axe in %s", theme)
          .isEmpty();
    }
    PageProfile.with(browser, PageProfile.LARGE_TARGETS, "");
    softly.assertThat(ThemeChecks.smallTargets(browser, 44)).as("targets under 44 px").isEmpty();
    softly.assertAll();
  }
}
