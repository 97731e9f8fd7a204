package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.RoleJourneysBrowserTest.FERRY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * Simplified mode shows the essentials of a view and hides the rest: Hugo's profile (prepared by
 * his teacher from the screen-reader preset) has it on.
 */
class SimplifiedModeBrowserTest extends BrowserTest {

  private static final String SHOWN =
      "const l = [...document.querySelectorAll('main a')].find(a => a.textContent.trim() === arguments[0]);"
          + " return !!l && l.getClientRects().length > 0;";

  @Test
  void theEssentialsStayAndTheRestGoesAwayUntilTheModeIsOff() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(PageProfile.attributes(browser)).containsKey("data-simplified");
    String openClass = French.text("home.pupil.openClass");
    String aboutMe = French.text("home.pupil.me");
    assertThat(browser.js(SHOWN, openClass)).as("the class, essential").isEqualTo(true);
    assertThat(browser.js(SHOWN, aboutMe)).as("the pupil's own page, secondary").isEqualTo(false);

    home.followLink(openClass, "/classe/" + demo.schoolClass(FERRY, "CE1"));
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('main p.secondary')]"
                    + ".every(p => p.getClientRects().length === 0);"))
        .as("the class page's secondary lines are hidden")
        .isEqualTo(true);
    assertAccessible("hugo.nguyen in simplified mode on " + browser.path());

    PageProfile.with(browser, "data-simplified", null);
    assertThat(
            browser.js(
                "return [...document.querySelectorAll('main p.secondary')]"
                    + ".some(p => p.getClientRects().length > 0);"))
        .as("without the mode, they show")
        .isEqualTo(true);
  }
}
