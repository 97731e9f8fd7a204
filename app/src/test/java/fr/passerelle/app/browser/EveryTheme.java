package fr.passerelle.app.browser;

import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/** axe in each of the four themes and 44 px targets with large targets on, for one page. */
final class EveryTheme {

  private EveryTheme() {}

  static void assertAccessible(Browser browser, String view) {
    SoftAssertions softly = new SoftAssertions();
    Map<String, String> own = PageProfile.attributes(browser);
    try {
      for (String theme : ThemesBrowserTest.THEMES) {
        PageProfile.with(browser, PageProfile.THEME, theme);
        softly
            .assertThat(
                Axe.analyze(browser, view, ThemesBrowserTest.HIGH_CONTRAST.contains(theme))
                    .violations())
            .as("axe in the theme %s on %s", theme, view)
            .isEmpty();
      }
      PageProfile.apply(browser, own);
      PageProfile.with(browser, PageProfile.LARGE_TARGETS, "");
      softly
          .assertThat(ThemeChecks.smallTargets(browser, 44))
          .as("targets under 44 px with large targets on %s", view)
          .isEmpty();
    } finally {
      PageProfile.apply(browser, own);
    }
    softly.assertAll();
    PageChecks.assertTargetSizes(browser, view);
  }
}
