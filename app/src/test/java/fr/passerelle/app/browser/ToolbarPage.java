package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.Theme;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accessibility toolbar of the shell ({@code #accessibility-toolbar}), used with the keyboard:
 * Tab or Shift+Tab to a control, whichever way it lies from the focus, then Enter. Also what the
 * toolbar and the live region say.
 */
public final class ToolbarPage {

  public static final String REGION = "#accessibility-toolbar";
  public static final String LARGER = "#text-larger";
  public static final String SMALLER = "#text-smaller";
  public static final String RULER = "#reading-ruler";

  private final Browser browser;

  public ToolbarPage(Browser browser) {
    this.browser = browser;
  }

  /** The selector of the toolbar's button for a theme. */
  public static String themeButton(Theme theme) {
    return REGION + " .toolbar-theme-" + theme.cssName();
  }

  /** Tab or Shift+Tab to a toolbar control, Enter, and wait for the server's answer. */
  public void press(String what, String selector) {
    Keyboard.moveFocusTo(browser, what, selector);
    browser.enter();
    browser.waitForVaadin();
  }

  public void chooseTheme(Theme theme) {
    press("the toolbar button «" + French.text("theme." + theme.name()) + "»", themeButton(theme));
  }

  public void larger() {
    press("the toolbar button «" + French.text("toolbar.larger") + "»", LARGER);
  }

  /** aria-pressed of a toolbar button (null when it has none). */
  public String pressed(String selector) {
    return (String)
        browser.js(
            "return document.querySelector(arguments[0]).getAttribute('aria-pressed');", selector);
  }

  /** aria-pressed of every theme button, by theme. */
  public Map<Theme, String> themesPressed() {
    Map<Theme, String> pressed = new LinkedHashMap<>();
    for (Theme theme : Theme.values()) {
      pressed.put(theme, pressed(themeButton(theme)));
    }
    return pressed;
  }

  /** Exactly this theme's button is pressed, every other one says it is not. */
  public void assertOnlyPressed(Theme theme) {
    Map<Theme, String> expected = new LinkedHashMap<>();
    for (Theme t : Theme.values()) {
      expected.put(t, String.valueOf(t == theme));
    }
    browser.waitUntil(
        () -> expected.equals(themesPressed()),
        () ->
            "aria-pressed of the theme buttons to be "
                + expected
                + ", they are "
                + themesPressed());
  }

  /** Whether the shortcut hint shows in the toolbar (null if the toolbar has none). */
  public Boolean shortcutHintVisible() {
    return (Boolean)
        browser.js(
            "const h = document.querySelector(arguments[0] + ' .shortcut-hint');"
                + " return h ? h.checkVisibility({checkVisibilityCSS: true}) : null;",
            REGION);
  }

  public String shortcutHintText() {
    return (String)
        browser.js(
            "return document.querySelector(arguments[0] + ' .shortcut-hint').innerText.trim();",
            REGION);
  }

  /** What the live region says now. */
  public String announced() {
    return (String) browser.js("return document.getElementById('announcer').textContent");
  }

  /** Waits for the live region to say this (it is emptied, then filled a moment later). */
  public void assertAnnounced(String message) {
    browser.waitUntil(
        () -> message.equals(announced()),
        () -> "the live region to say «" + message + "», it says «" + announced() + "»");
  }

  /** Waits for the page to apply a profile matching the condition. */
  public AppliedProfile awaitApplied(String what, java.util.function.Predicate<AppliedProfile> ok) {
    browser.waitUntil(
        () -> ok.test(AppliedProfile.read(browser)),
        () -> what + "; the page applies " + AppliedProfile.read(browser));
    return AppliedProfile.read(browser);
  }

  /** The toolbar's own checks: it is there, a labelled region. */
  public void assertPresent() {
    assertThat(
            browser.js(
                "const t = document.querySelector(arguments[0]);"
                    + " return t && t.getAttribute('aria-label');",
                REGION))
        .isEqualTo(French.text("shell.toolbar.label"));
  }
}
