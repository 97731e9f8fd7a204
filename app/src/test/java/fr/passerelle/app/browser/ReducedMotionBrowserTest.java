package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Less motion (WCAG 2.3.3), asked for by the profile's «Pas d'animation» or by the system ({@code
 * prefers-reduced-motion}, emulated): after each key press, nothing animates, in the page or inside
 * Vaadin's components (the select's overlay, fields, checkboxes, radio buttons). The probe is shown
 * to work first: without the setting, opening the commune filter does animate.
 */
class ReducedMotionBrowserTest extends BrowserTest {

  private static final String FOCUS_IN =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return !!a && !!a.closest && !!a.closest(arguments[0]);";

  /** The label of the checkbox that has the focus, or null. */
  private static final String FOCUSED_CHECKBOX =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          const box = a && a.closest && a.closest('vaadin-checkbox');
          const label = box && box.querySelector('label');
          return label ? label.textContent.trim() : null;
          """;

  private static final String HAS_REDUCED_MOTION =
      "return document.documentElement.hasAttribute('data-reduced-motion');";

  @Test
  void theProfileSettingStopsEveryAnimation() {
    LoginPage.open(browser)
        .logIn("admin", DemoData.PASSWORD, "/administration", French.title("admin.title"));
    ShellPage.opened(browser, "/technicien");
    assertThat(browser.js(HAS_REDUCED_MOTION)).isEqualTo(false);
    assertThat(useCommuneFilter())
        .as("animations seen while opening the filter without the setting (the probe works)")
        .isNotEmpty();

    ShellPage.opened(browser, "/accessibilite");
    toggleCheckbox(French.text("profile.reducedMotion"));
    try {
      browser.waitUntil(
          () -> Boolean.TRUE.equals(browser.js(HAS_REDUCED_MOTION)),
          () -> "the profile to apply «Pas d'animation» to the page");
      Set<String> running = new LinkedHashSet<>();
      // The settings page: radio groups and checkboxes taking the focus.
      for (int i = 0; i < 12; i++) {
        browser.tab();
        running.addAll(probe("Tab on the settings page"));
      }
      // Another page, opened with the stored profile in its first HTML.
      ShellPage.opened(browser, "/technicien");
      assertThat(browser.js(HAS_REDUCED_MOTION)).isEqualTo(true);
      running.addAll(useCommuneFilter());
      assertThat(running).as("animations running with «Pas d'animation» on").isEmpty();
    } finally {
      ShellPage.opened(browser, "/accessibilite");
      toggleCheckbox(French.text("profile.reducedMotion"));
      browser.waitUntil(
          () -> Boolean.FALSE.equals(browser.js(HAS_REDUCED_MOTION)),
          () -> "admin's profile to be back without «Pas d'animation»");
    }
  }

  @Test
  void theSystemSettingStopsEveryAnimation() {
    Emulation.media(browser, "prefers-reduced-motion", "reduce");
    try {
      LoginPage.open(browser);
      assertThat(Emulation.matches(browser, "(prefers-reduced-motion: reduce)")).isTrue();
      Set<String> running = new LinkedHashSet<>();
      // The login page: the password field, its reveal button, the submit button.
      for (int i = 0; i < 3; i++) {
        browser.tab();
        running.addAll(probe("Tab on the login page"));
      }
      LoginPage.open(browser)
          .logIn("admin", DemoData.PASSWORD, "/administration", French.title("admin.title"));
      ShellPage.opened(browser, "/technicien");
      running.addAll(useCommuneFilter());
      ShellPage.opened(browser, "/accessibilite");
      for (int i = 0; i < 12; i++) {
        browser.tab();
        running.addAll(probe("Tab on the settings page"));
      }
      assertThat(running).as("animations running with prefers-reduced-motion: reduce").isEmpty();
    } finally {
      Emulation.reset(browser);
    }
  }

  /**
   * On the schools page: Tab to the commune filter, open it with the down arrow, choose with the
   * arrow and Enter, open and close it again with Escape, then Tab into the grid. Returns every
   * animation seen running after each key.
   */
  private List<String> useCommuneFilter() {
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < Keyboard.MAX_STOPS && !focusIn("vaadin-select"); i++) {
      browser.tab();
      seen.addAll(probe("Tab towards the commune filter"));
    }
    assertThat(focusIn("vaadin-select"))
        .as("the commune filter has the focus, not %s", browser.describeFocus())
        .isTrue();
    browser.press(Keys.ARROW_DOWN);
    seen.addAll(probe("opening the commune filter with the down arrow"));
    browser.press(Keys.ARROW_DOWN);
    seen.addAll(probe("moving to the next commune"));
    browser.press(Keys.ENTER);
    seen.addAll(probe("choosing a commune with Enter"));
    browser.waitForVaadin();
    browser.press(Keys.ARROW_DOWN);
    seen.addAll(probe("opening the commune filter again"));
    browser.press(Keys.ESCAPE);
    seen.addAll(probe("closing the commune filter with Escape"));
    for (int i = 0; i < 3; i++) {
      browser.tab();
      seen.addAll(probe("Tab into the grid"));
    }
    return seen;
  }

  /** Animations running right after an action, and a moment later (most last 100 to 500 ms). */
  private List<String> probe(String after) {
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < 3; i++) {
      ThemeChecks.runningAnimations(browser).forEach(a -> seen.add(a + " (after " + after + ")"));
      sleep(40);
    }
    return new ArrayList<>(seen);
  }

  private boolean focusIn(String selector) {
    return Boolean.TRUE.equals(browser.js(FOCUS_IN, selector));
  }

  /** Tab to the checkbox with this label, then Space: the setting changes and is saved. */
  private void toggleCheckbox(String label) {
    for (int i = 0; i < Keyboard.MAX_STOPS; i++) {
      browser.tab();
      if (label.equals(browser.js(FOCUSED_CHECKBOX))) {
        PageChecks.assertFocusVisibleAndNotObscured(browser);
        browser.press(Keys.SPACE);
        browser.waitForVaadin();
        return;
      }
    }
    throw new AssertionError("Tab never reached the checkbox «" + label + "»");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
