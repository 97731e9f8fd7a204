package fr.passerelle.app.browser;

import java.util.List;
import java.util.Map;

/**
 * The person's system settings, emulated in Chromium through the DevTools protocol: forced colours
 * (Windows high contrast) and reduced motion. They stay on for the tab, across pages, until reset.
 */
public final class Emulation {

  private Emulation() {}

  /** Emulates one CSS media feature, e.g. {@code forced-colors: active}. */
  public static void media(Browser browser, String feature, String value) {
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", feature, "value", value))));
  }

  /** Back to the browser's own settings. */
  public static void reset(Browser browser) {
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  /** Whether a media query matches in the page now. */
  public static boolean matches(Browser browser, String query) {
    return Boolean.TRUE.equals(browser.js("return matchMedia(arguments[0]).matches;", query));
  }
}
