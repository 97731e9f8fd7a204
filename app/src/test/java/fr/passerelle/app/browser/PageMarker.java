package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proof that the page was not reloaded: a mark left in its window before an action is still there
 * after it (a reload, or a navigation that is not the router's, starts a new window object).
 */
public final class PageMarker {

  private final Browser browser;
  private final String value;

  private PageMarker(Browser browser, String value) {
    this.browser = browser;
    this.value = value;
  }

  public static PageMarker set(Browser browser) {
    String value = "passerelle-" + System.nanoTime();
    browser.js("window.__marker = arguments[0];", value);
    return new PageMarker(browser, value);
  }

  public void assertStillThere(String after) {
    assertThat(browser.js("return window.__marker === undefined ? null : window.__marker;"))
        .as("the page's window mark after %s (no reload), on %s", after, browser.path())
        .isEqualTo(value);
  }
}
