package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.profile.StoredProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accessibility profile with the keyboard only: the toolbar's colours and text size, a setting
 * of the settings view, applied at once without reloading the page, announced, and kept for the
 * next login; and the keyboard shortcuts. Each test uses its own teacher account, whose profile it
 * puts back as it was.
 */
class ProfileKeyboardBrowserTest extends BrowserTest {

  /** Teachers no other test logs in with; both start with the default profile. */
  static final String KEYBOARD_USER = "enseignant.curie.ce1";

  static final String SHORTCUTS_USER = "enseignant.moulin.ce1";

  @Autowired private JdbcClient db;
  @Autowired private StoredProfiles profiles;
  private ProfileRows rows;

  @BeforeAll
  void rows() {
    rows = new ProfileRows(db);
  }

  private ShellPage logIn(String username) {
    return LoginPage.open(browser)
        .logIn(username, DemoData.PASSWORD, "/enseignant", French.title("home.teacher.title"));
  }

  @Test
  void keyboardUserChangesColoursSizeAndASettingWithoutReloadAndKeepsThem() {
    long account = demo.account(KEYBOARD_USER);
    ProfileRows.Saved saved = rows.save(account);
    try {
      logIn(KEYBOARD_USER);
      ToolbarPage toolbar = new ToolbarPage(browser);
      toolbar.assertPresent();
      AppliedProfile start = AppliedProfile.read(browser);
      assertThat(start.theme()).isEqualTo("default");
      assertThat(start.scale()).isEqualTo(1.0);
      toolbar.assertOnlyPressed(Theme.DEFAULT);
      PageMarker page = PageMarker.set(browser);

      // Colours from the toolbar: applied, announced, the pressed button says so.
      toolbar.chooseTheme(Theme.HIGH_CONTRAST_DARK);
      toolbar.awaitApplied("the dark high-contrast theme", p -> p.theme().equals("contrast-dark"));
      toolbar.assertAnnounced(
          French.text("toolbar.changed.theme", French.text("theme.HIGH_CONTRAST_DARK")));
      toolbar.assertOnlyPressed(Theme.HIGH_CONTRAST_DARK);
      assertThat(Keyboard.isFocused(browser, ToolbarPage.themeButton(Theme.HIGH_CONTRAST_DARK)))
          .as("the focus stays on the button pressed, not on %s", browser.describeFocus())
          .isTrue();

      // Text size: A+ makes the whole page's text 125 %.
      toolbar.larger();
      AppliedProfile larger = toolbar.awaitApplied("text at 125 %", p -> p.scale() == 1.25);
      assertThat(larger.rootFontSize()).isEqualTo(start.rootFontSize() * 1.25);
      assertThat(larger.theme()).isEqualTo("contrast-dark");
      toolbar.assertAnnounced(French.text("toolbar.changed.size", "", 125));
      page.assertStillThere("the toolbar's changes");

      // A view from the navigation, and a setting changed there with Space.
      ShellPage settingsPage = SettingsPage.openFromNavigation(browser);
      page.assertStillThere("opening the settings from the navigation");
      assertAccessible("the settings view in dark high contrast at 125 %");
      SettingsPage settings = new SettingsPage(browser);
      String ruler = French.text("profile.readingRuler");
      assertThat(settings.checked(ruler)).isFalse();
      settings.toggle(ruler);
      toolbar.awaitApplied("the reading ruler", p -> p.has("data-reading-ruler"));
      assertThat(browser.js("return !!document.querySelector('body > .reading-ruler');"))
          .as("the reading ruler is shown")
          .isEqualTo(true);
      toolbar.assertAnnounced(French.text("settings.saved"));
      assertThat(settings.checked(ruler)).isTrue();
      assertThat(toolbar.pressed(ToolbarPage.RULER))
          .as("the toolbar's reading-ruler button follows the setting changed in the form")
          .isEqualTo("true");

      // The toolbar again, from the settings view: nothing set in the form is lost, and the form
      // shows the new size.
      toolbar.larger();
      AppliedProfile largest = toolbar.awaitApplied("text at 150 %", p -> p.scale() == 1.5);
      assertThat(largest.has("data-reading-ruler"))
          .as("the reading ruler set in the form stays on after A+ in the toolbar")
          .isTrue();
      toolbar.assertAnnounced(French.text("toolbar.changed.size", "", 150));
      assertThat(settings.selected(French.text("profile.textSize")))
          .as("the form's text size follows the toolbar")
          .isEqualTo(French.text("profile.percent", 150));
      settings.toggle(French.text("profile.thickFocus"));
      AppliedProfile last =
          toolbar.awaitApplied("a thick focus outline", p -> p.has("data-thick-focus"));
      assertThat(last.scale()).as("text size after a change in the form").isEqualTo(1.5);
      assertThat(last.theme()).isEqualTo("contrast-dark");
      assertThat(last.has("data-reading-ruler")).isTrue();
      page.assertStillThere("the changes in the settings view");

      AccessibilityProfile stored = profiles.of(account);
      assertThat(stored.theme()).isEqualTo(Theme.HIGH_CONTRAST_DARK);
      assertThat(stored.textSize()).isEqualTo(150);
      assertThat(stored.readingRuler()).isTrue();
      assertThat(stored.thickFocus()).isTrue();

      // Log out and in again: everything is still there, from the first HTML of the page.
      settingsPage.logOut();
      logIn(KEYBOARD_USER);
      AppliedProfile again = AppliedProfile.read(browser);
      assertThat(again.theme()).isEqualTo("contrast-dark");
      assertThat(again.scale()).isEqualTo(1.5);
      assertThat(again.rootFontSize()).isEqualTo(start.rootFontSize() * 1.5);
      assertThat(again.flags()).contains("data-reading-ruler", "data-thick-focus");
      toolbar.assertOnlyPressed(Theme.HIGH_CONTRAST_DARK);
      assertThat(toolbar.pressed(ToolbarPage.RULER)).isEqualTo("true");
    } finally {
      rows.restore(saved);
    }
  }

  @Test
  void shortcutsReachToolbarContentAndMenuAndTheirHintShowsWhenAsked() {
    long account = demo.account(SHORTCUTS_USER);
    ProfileRows.Saved saved = rows.save(account);
    try {
      ShellPage home = logIn(SHORTCUTS_USER);
      ToolbarPage toolbar = new ToolbarPage(browser);
      assertThat(toolbar.shortcutHintVisible()).as("hint hidden by default").isFalse();
      assertShortcuts(home.h1(), "/enseignant");

      SettingsPage.openFromNavigation(browser);
      PageMarker page = PageMarker.set(browser);
      new SettingsPage(browser).toggle(French.text("profile.showShortcuts"));
      toolbar.awaitApplied("shortcuts shown", p -> p.has("data-show-shortcuts"));
      toolbar.assertAnnounced(French.text("settings.saved"));
      browser.waitUntil(
          () -> Boolean.TRUE.equals(toolbar.shortcutHintVisible()),
          () -> "the shortcut hint to show in the toolbar");
      assertThat(toolbar.shortcutHintText()).isEqualTo(French.text("toolbar.shortcuts"));
      page.assertStillThere("showing the shortcuts");
      // From a field of the form too.
      assertShortcuts(French.text("settings.heading"), "/enseignant");
      assertThat(profiles.of(account).showShortcuts()).isTrue();
    } finally {
      rows.restore(saved);
    }
  }

  /** Alt+Shift+A: the toolbar's first control; Alt+Shift+C: the h1; Alt+Shift+N: the menu. */
  private void assertShortcuts(String h1, String firstMenuPath) {
    browser.altShift("a");
    assertThat(Keyboard.isFocused(browser, ToolbarPage.themeButton(Theme.DEFAULT)))
        .as("Alt+Shift+A focuses the toolbar's first control, not %s", browser.describeFocus())
        .isTrue();
    PageChecks.assertFocusVisibleAndNotObscured(browser);

    browser.altShift("c");
    Focused heading = Focused.now(browser);
    assertThat(heading.tag()).as("Alt+Shift+C focuses the h1, not %s", heading).isEqualTo("h1");
    assertThat(heading.name()).isEqualTo(h1);

    browser.altShift("n");
    Focused menu = Focused.now(browser);
    assertThat(menu.isNavLink(firstMenuPath))
        .as("Alt+Shift+N focuses the menu's first link, not %s", menu)
        .isTrue();
    PageChecks.assertFocusVisibleAndNotObscured(browser);
  }
}
