package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The checker is checked: every browser test trusts {@link Axe} to find what is wrong, so here the
 * login page is broken on purpose and axe must say so, with the rule and the element.
 */
class AxeBrowserTest extends BrowserTest {

  /** An image without a text alternative, and grey text on white at 2.85:1 (under 4.5:1). */
  private static final String BREAK_THE_PAGE =
      """
      const main = document.querySelector('main');
      const img = document.createElement('img');
      img.id = 'axe-probe-image';
      img.src = '/icons/icon.png';
      main.append(img);
      const grey = document.createElement('p');
      grey.id = 'axe-probe-grey';
      grey.textContent = 'Texte gris';
      grey.style.cssText = 'color: #999999; background: #ffffff;';
      main.append(grey);
      """;

  /** #767676 on white is 4.54:1: enough for AA (1.4.3), not for AAA (1.4.6, 7:1). */
  private static final String ADD_AA_ONLY_TEXT =
      """
      const p = document.createElement('p');
      p.id = 'axe-probe-aa';
      p.textContent = 'Texte assez contrasté pour AA';
      p.style.cssText = 'color: #767676; background: #ffffff;';
      document.querySelector('main').append(p);
      """;

  @Test
  void axeNamesTheRuleAndTheElementOfEachViolation() {
    LoginPage.open(browser);
    assertThat(Axe.analyze(browser, "the login page", false).violations()).isEmpty();

    browser.js(BREAK_THE_PAGE);
    Axe.Report report = Axe.analyze(browser, "the login page, broken", false);
    assertThat(report.violations())
        .anySatisfy(v -> assertThat(v).startsWith("image-alt [").contains("#axe-probe-image"))
        .anySatisfy(v -> assertThat(v).startsWith("color-contrast [").contains("#axe-probe-grey"));
    assertThat(report.lowestContrast()).isBetween(2.8, 2.9);
    assertThat(report.lowestContrastAt()).contains("axe-probe-grey");
    assertThatThrownBy(() -> Axe.assertNoViolations(browser, "the login page, broken"))
        .hasMessageContaining("image-alt")
        .hasMessageContaining("axe-probe-grey");
  }

  @Test
  void theEnhancedContrastRuleRunsOnlyWhenAsked() {
    LoginPage.open(browser);
    // A high-contrast theme, whose own text passes 7:1 (ThemesBrowserTest).
    PageProfile.with(browser, PageProfile.THEME, "contrast-light");
    browser.js(ADD_AA_ONLY_TEXT);
    assertThat(Axe.analyze(browser, "the login page with AA text", false).violations()).isEmpty();
    assertThat(Axe.analyze(browser, "the login page with AA text", true).violations())
        .singleElement()
        .satisfies(
            v -> assertThat(v).startsWith("color-contrast-enhanced [").contains("#axe-probe-aa"));
  }
}
