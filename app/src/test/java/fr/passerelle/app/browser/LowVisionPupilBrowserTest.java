package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.RoleJourneysBrowserTest.FERRY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's "done means": Léa (low vision) logs in and, without changing anything, reads yellow on
 * black, at 175 % (28 px), in Atkinson Hyperlegible Next, the font served by Passerelle itself; no
 * page she opens asks anything of another origin.
 */
class LowVisionPupilBrowserTest extends BrowserTest {

  static final String ATKINSON = "Atkinson Hyperlegible Next";

  /** The colours and sizes a person sees: body, main text and h1, and the root's font size. */
  private static final String LOOK =
      """
      const css = e => getComputedStyle(e);
      const text = document.querySelector('main p') || document.querySelector('main');
      return {
        bodyColour: css(document.body).color,
        bodyBackground: css(document.body).backgroundColor,
        pageBackground: css(document.documentElement).backgroundColor,
        textColour: css(text).color,
        headingColour: css(document.querySelector('main h1')).color,
        headingFont: css(document.querySelector('main h1')).fontFamily,
        rootFontSize: css(document.documentElement).fontSize
      };
      """;

  /** The faces of a family that the page has loaded, once every font in use has loaded. */
  private static final String LOADED_FACES =
      """
      const done = arguments[arguments.length - 1];
      document.fonts.ready.then(() => done([...document.fonts]
          .filter(f => f.family.replace(/"/g, '') === arguments[0] && f.status === 'loaded')
          .map(f => f.weight)));
      """;

  @Test
  void leaReadsYellowOnBlackAt175PercentInAtkinsonWithNothingFromElsewhere() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertLowVisionPage();

    ShellPage myClass =
        home.followLink(
            French.text("home.pupil.openClass"), "/classe/" + demo.schoolClass(FERRY, "CE1"));
    assertLowVisionPage();

    myClass.followNavLink(
        new ShellPage.NavLink(French.text("nav.accessibility"), "/accessibilite"));
    assertLowVisionPage();

    // And typed addresses, each a new page load with the profile in its first HTML.
    ShellPage.opened(browser, "/eleves/" + demo.account("lea.martin"));
    assertLowVisionPage();
  }

  private void assertLowVisionPage() {
    String page = browser.path();
    Map<String, Object> look = browser.jsMap(LOOK);
    assertThat(look.get("bodyColour")).as("body text on %s", page).isEqualTo("rgb(255, 255, 0)");
    assertThat(look.get("textColour")).as("main text on %s", page).isEqualTo("rgb(255, 255, 0)");
    assertThat(look.get("headingColour")).as("h1 on %s", page).isEqualTo("rgb(255, 255, 0)");
    assertThat(look.get("bodyBackground")).as("body on %s", page).isEqualTo("rgb(0, 0, 0)");
    assertThat(look.get("pageBackground")).as("page on %s", page).isEqualTo("rgb(0, 0, 0)");
    assertThat(look.get("rootFontSize")).as("175 %% text on %s", page).isEqualTo("28px");
    assertThat((String) look.get("headingFont"))
        .as("font asked for by the h1 on %s", page)
        .startsWith("\"" + ATKINSON + "\"");

    @SuppressWarnings("unchecked")
    List<String> weights =
        (List<String>) browser.driver().executeAsyncScript(LOADED_FACES, ATKINSON);
    assertThat(weights).as("faces of %s loaded on %s", ATKINSON, page).contains("400", "700");
    assertThat(ThemeChecks.drawnFamilies(browser, "main h1"))
        .as("font the h1 is actually drawn with on %s", page)
        .containsExactly(ATKINSON);

    assertThat(ThemeChecks.otherOrigins(browser))
        .as("requests to another origin from %s", page)
        .isEmpty();
    assertThat(
            browser.jsStrings("return performance.getEntriesByType('resource').map(e => e.name);"))
        .as("the font files, from Passerelle itself, on %s", page)
        .anyMatch(
            url -> url.contains("/fonts/atkinson-hyperlegible-next/") && url.endsWith(".woff2"));
  }
}
