package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.profile.StoredProfiles;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single-switch scanning, as Mila (a pupil who uses one switch) has it: the whole task of the
 * keyboard test done with the switch key only (Space or Enter, pressed while the wanted element is
 * highlighted and less than half of its stay has passed), the first item of each level staying
 * twice as long, Escape back to the groups, the focus never trapped, axe with the highlights shown.
 * Her interval is set to 1 s for the test, and her profile put back afterwards.
 */
class ScanningBrowserTest extends BrowserTest {

  static final String SWITCH_USER = "mila.laurent";
  static final int INTERVAL_MS = 1000;
  static final String TOOLBAR = ToolbarPage.REGION;
  static final String NAV = "nav.app-nav";
  static final String CARD = "main .card";

  @Autowired private JdbcClient db;
  @Autowired private StoredProfiles profiles;
  private ProfileRows rows;
  private long mila;
  private ProfileRows.Saved saved;

  @BeforeAll
  void rows() {
    rows = new ProfileRows(db);
  }

  @BeforeEach
  void fasterScanning() {
    mila = demo.account(SWITCH_USER);
    saved = rows.save(mila);
    AccessibilityProfile demoProfile = profiles.of(mila);
    assertThat(demoProfile.scanning()).as("the demo switch user scans").isTrue();
    rows.put(mila, demoProfile.toBuilder().scanIntervalMs(INTERVAL_MS).build());
  }

  @AfterEach
  void restoreMila() {
    rows.restore(saved);
  }

  private ShellPage logIn() {
    ShellPage home =
        LoginPage.open(browser)
            .logIn(SWITCH_USER, DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(AppliedProfile.read(browser).scanning()).isEqualTo(String.valueOf(INTERVAL_MS));
    return home;
  }

  @Test
  void switchUserChangesColoursSizeAndASettingWithTheSwitchOnly() {
    logIn();
    Scanning scanning = new Scanning(browser);
    scanning.record();
    ToolbarPage toolbar = new ToolbarPage(browser);
    PageMarker page = PageMarker.set(browser);
    double rootFontSize = AppliedProfile.read(browser).rootFontSize();

    // The toolbar, then a theme: applied, announced, pressed.
    scanning.selectGroup("the toolbar", TOOLBAR, "", Keys.SPACE);
    scanning.selectItem(
        "the theme button «Contraste élevé sombre»",
        ToolbarPage.themeButton(Theme.HIGH_CONTRAST_DARK),
        "",
        Keys.SPACE);
    toolbar.awaitApplied("the dark high-contrast theme", p -> p.theme().equals("contrast-dark"));
    toolbar.assertAnnounced(
        French.text("toolbar.changed.theme", French.text("theme.HIGH_CONTRAST_DARK")));
    toolbar.assertOnlyPressed(Theme.HIGH_CONTRAST_DARK);

    // The toolbar again (Enter this time), then A+.
    scanning.selectGroup("the toolbar", TOOLBAR, "", Keys.ENTER);
    scanning.selectItem("the button A+", ToolbarPage.LARGER, "", Keys.ENTER);
    AppliedProfile larger = toolbar.awaitApplied("text at 125 %", p -> p.scale() == 1.25);
    assertThat(larger.rootFontSize()).isEqualTo(rootFontSize * 1.25);
    toolbar.assertAnnounced(French.text("toolbar.changed.size", "", 125));
    page.assertStillThere("the toolbar's changes by scanning");

    // The navigation, then its link to the settings: the view opens as any other.
    scanning.selectGroup("the navigation", NAV, "", Keys.SPACE);
    String title = browser.title();
    scanning.selectItem(
        "the navigation link to the settings",
        SettingsPage.NAV_LINK,
        French.text("nav.accessibility"),
        Keys.SPACE);
    ShellPage.arrived(browser, SettingsPage.PATH, title);
    assertThat(browser.title()).isEqualTo(French.title("settings.title"));

    // A card of the settings, then a checkbox in it.
    String display = French.text("profile.section.display");
    String ruler = French.text("profile.readingRuler");
    scanning.selectGroup("the card «" + display + "»", CARD, display, Keys.SPACE);
    scanning.selectItem("the checkbox «" + ruler + "»", "vaadin-checkbox", ruler, Keys.SPACE);
    AppliedProfile done =
        toolbar.awaitApplied("the reading ruler", p -> p.has("data-reading-ruler"));
    toolbar.assertAnnounced(French.text("settings.saved"));
    SettingsPage settings = new SettingsPage(browser);
    assertThat(settings.checked(ruler)).isTrue();
    assertThat(toolbar.pressed(ToolbarPage.RULER)).isEqualTo("true");
    assertThat(done.theme()).isEqualTo("contrast-dark");
    assertThat(done.scale()).isEqualTo(1.25);
    assertThat(done.scanning()).as("scanning goes on").isEqualTo(String.valueOf(INTERVAL_MS));
    page.assertStillThere("the whole task by scanning");

    AccessibilityProfile stored = profiles.of(mila);
    assertThat(stored.theme()).isEqualTo(Theme.HIGH_CONTRAST_DARK);
    assertThat(stored.textSize()).isEqualTo(125);
    assertThat(stored.readingRuler()).isTrue();
    assertThat(stored.scanning()).isTrue();

    assertStaysOfTheFirstAndTheOthers(scanning);
  }

  @Test
  void escapeReturnsToTheGroupsAndAxeFindsNothingWithTheHighlightsShown() {
    logIn();
    browser.open(SettingsPage.PATH);
    Scanning scanning = new Scanning(browser);
    scanning.record();
    String display = French.text("profile.section.display");

    browser.waitUntil(
        () -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.scan-group');")),
        () -> "a group to be highlighted");
    assertAccessible("the settings view while scanning highlights a group");

    // Axe with an item's highlight (outline and ring) shown.
    scanning.selectGroup("the card «" + display + "»", CARD, display, Keys.SPACE);
    assertThat(scanning.now("*", "").level()).isEqualTo("items");
    assertAccessible("the settings view while scanning highlights an item");

    // Escape on an item after the first: back to the groups, from the first, nothing selected.
    AppliedProfile before = AppliedProfile.read(browser);
    Scanning.Press escape =
        scanning.pressWhen(
            "an item after the first",
            h -> h.level().equals("items") && h.index() >= 1,
            "*",
            "",
            Keys.ESCAPE);
    assertThat(escape.level()).isEqualTo("items");
    browser.waitUntil(
        () -> {
          Scanning.Highlight h = scanning.now(TOOLBAR, "");
          return h != null && h.level().equals("groups") && h.index() == 0 && h.wanted();
        },
        () ->
            "Escape to highlight the first group, the toolbar; it is on " + scanning.now("*", ""));
    Scanning.Highlight back = scanning.now(TOOLBAR, "");
    assertThat(back.stay()).as("the first group's stay").isEqualTo(2.0 * INTERVAL_MS);
    assertThat(browser.js("return document.querySelectorAll('.scan-item').length"))
        .as("no item highlighted after Escape")
        .isEqualTo(0L);
    assertThat(AppliedProfile.read(browser)).as("Escape selects nothing").isEqualTo(before);
  }

  /**
   * Tab and Shift+Tab move the focus as usual while the highlight goes on moving: scanning takes no
   * key but the switch, and never holds the focus (the system's own switch access keeps working).
   */
  @Test
  void focusIsNeverTrappedWhileScanningRuns() {
    ShellPage home = logIn();
    Scanning scanning = new Scanning(browser);
    scanning.record();
    assertThat(Focused.now(browser).tag()).isEqualTo("h1");
    int movesBefore = scanning.moves().size();

    // The class card's read-aloud button, then its link, then the pupil's own page.
    List<Focused> forward = Keyboard.tabStops(browser, 3);
    assertThat(forward.get(0).name())
        .as("first Tab after the h1, %s", forward.get(0))
        .isEqualTo(French.text("speech.read"));
    assertThat(forward.get(1).isLink(French.text("home.pupil.openClass")))
        .as("second Tab, %s", forward.get(1))
        .isTrue();
    assertThat(forward.get(2).isLink(French.text("home.pupil.me")))
        .as("third Tab, %s", forward.get(2))
        .isTrue();

    browser.shiftTab();
    assertThat(Focused.now(browser).isLink(French.text("home.pupil.openClass")))
        .as("Shift+Tab back, %s", Focused.now(browser))
        .isTrue();
    browser.shiftTab();
    assertThat(Focused.now(browser).name())
        .as("Shift+Tab back to read aloud, %s", Focused.now(browser))
        .isEqualTo(French.text("speech.read"));
    browser.shiftTab();
    assertThat(Focused.now(browser).isNavLink(SettingsPage.PATH))
        .as("Shift+Tab back into the navigation, %s", Focused.now(browser))
        .isTrue();
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    Keyboard.tabBackTo(
        browser, "the toolbar's A+ button", f -> Keyboard.isFocused(browser, ToolbarPage.LARGER));

    // Meanwhile the highlight went on moving at the groups level; nothing was selected.
    browser.waitUntil(
        () -> scanning.moves().size() > movesBefore + 1,
        () -> "the highlight to go on moving, moves: " + scanning.moves());
    assertThat(scanning.now("*", "").level()).isEqualTo("groups");
    assertThat(scanning.presses("*", "")).as("switch presses").isEmpty();
    assertThat(browser.path()).isEqualTo("/eleve");
    assertThat(home.h1()).isEqualTo(French.text("home.pupil.heading", "Mila"));
  }

  /**
   * Every move of the highlight that no key press cut short lasted the stay it announced; that stay
   * is twice the interval on the first group or item of a level, the interval elsewhere.
   */
  private void assertStaysOfTheFirstAndTheOthers(Scanning scanning) {
    List<Scanning.Move> moves = scanning.moves();
    List<Scanning.Press> presses = scanning.presses("*", "");
    int firstGroups = 0, otherGroups = 0, firstItems = 0, otherItems = 0;
    for (int i = 0; i < moves.size(); i++) {
      Scanning.Move move = moves.get(i);
      double expected = move.index() == 0 ? 2.0 * INTERVAL_MS : INTERVAL_MS;
      assertThat(move.stay())
          .as("announced stay of %s (%s %s)", move.on(), move.level(), move.index())
          .isEqualTo(expected);
      if (i + 1 == moves.size()) {
        break;
      }
      Scanning.Move next = moves.get(i + 1);
      if (presses.stream().anyMatch(p -> p.at() >= move.since() && p.at() <= next.since())) {
        continue;
      }
      assertThat(next.since() - move.since())
          .as("time the highlight stayed on %s (%s %s)", move.on(), move.level(), move.index())
          .isBetween(expected - 20, expected + 400);
      boolean first = move.index() == 0;
      if (move.level().equals("groups")) {
        firstGroups += first ? 1 : 0;
        otherGroups += first ? 0 : 1;
      } else {
        firstItems += first ? 1 : 0;
        otherItems += first ? 0 : 1;
      }
    }
    assertThat(List.of(firstGroups, otherGroups, firstItems, otherItems))
        .as("stays measured: first group, other groups, first item, other items; moves %s", moves)
        .allMatch(n -> n > 0);
  }
}
