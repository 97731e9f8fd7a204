package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.profile.StoredProfiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dwell click: a teacher turns it on in the settings with the keyboard, then uses the pointer only
 * (Selenium moves it; nothing here clicks): resting on a toolbar button shows a progress bar and
 * clicks it once after the dwell time; resting longer does not click again; leaving before the time
 * cancels. The teacher's profile is put back afterwards.
 */
class DwellBrowserTest extends BrowserTest {

  /** A teacher no other test logs in with, starting with the default profile. */
  static final String DWELL_USER = "enseignant.prevert.gs";

  static final int DWELL_MS = 800;

  /** The lock-out against repeats, in passerelle.js. */
  static final int LOCK_OUT_MS = 1000;

  /** Records, in the page, the toolbar's clicks, the progress bars and the pointer's entries. */
  private static final String RECORD =
      """
      window.__dwell = {clicks: [], bars: [], overs: []};
      document.addEventListener('click', e => {
        const b = e.target.closest && e.target.closest('#accessibility-toolbar vaadin-button');
        if (b) { window.__dwell.clicks.push({at: performance.now(), on: b.id || b.className}); }
      }, true);
      document.addEventListener('mouseover', e => {
        const b = e.target.closest && e.target.closest('#accessibility-toolbar vaadin-button');
        window.__dwell.overs.push({at: performance.now(), on: b ? (b.id || b.className) : ''});
      }, true);
      new MutationObserver(records => records.forEach(r => {
        r.addedNodes.forEach(n => n.classList && n.classList.contains('dwell-progress')
            && window.__dwell.bars.push({at: performance.now(), added: true}));
        r.removedNodes.forEach(n => n.classList && n.classList.contains('dwell-progress')
            && window.__dwell.bars.push({at: performance.now(), added: false}));
      })).observe(document.body, {childList: true});
      """;

  /** The progress bar, if one shows: where it is, how wide, hidden from assistive technology. */
  private static final String BAR =
      """
      const bar = document.querySelector('body > .dwell-progress');
      if (!bar) { return null; }
      const r = bar.getBoundingClientRect();
      return {left: r.left, top: r.top, width: r.width, height: r.height,
          hidden: bar.getAttribute('aria-hidden'), visible: bar.checkVisibility()};
      """;

  @Autowired private JdbcClient db;
  @Autowired private StoredProfiles profiles;
  private ProfileRows rows;

  @BeforeAll
  void rows() {
    rows = new ProfileRows(db);
  }

  @Test
  void restingThePointerClicksOnceAfterTheDwellTimeAndLeavingCancels() {
    long account = demo.account(DWELL_USER);
    ProfileRows.Saved saved = rows.save(account);
    try {
      LoginPage.open(browser)
          .logIn(DWELL_USER, DemoData.PASSWORD, "/enseignant", French.title("home.teacher.title"));
      SettingsPage.openFromNavigation(browser);
      PageMarker page = PageMarker.set(browser);
      ToolbarPage toolbar = new ToolbarPage(browser);
      SettingsPage settings = new SettingsPage(browser);

      // Turned on with the keyboard, then made quicker: applied at once.
      settings.toggle(French.text("profile.dwell"));
      toolbar.awaitApplied("dwell click on", p -> "1200".equals(p.dwell()));
      toolbar.assertAnnounced(French.text("settings.saved"));
      settings.choose(French.text("profile.dwellTime"), French.text("profile.seconds", 0.8));
      toolbar.awaitApplied(
          "a dwell time of 0.8 s", p -> String.valueOf(DWELL_MS).equals(p.dwell()));
      assertThat(profiles.of(account).dwellClick()).isTrue();
      assertThat(profiles.of(account).dwellMs()).isEqualTo(DWELL_MS);
      // Back to the toolbar with its shortcut, which brings it into view.
      browser.altShift("a");
      browser.js(RECORD);

      // Rest on a theme button: a bar fills under it, then it is clicked, once.
      String light = ToolbarPage.themeButton(Theme.HIGH_CONTRAST_LIGHT);
      WebElement button = browser.driver().findElement(By.cssSelector(light));
      new Actions(browser.driver()).moveToElement(button).perform();
      browser.waitUntil(() -> browser.js(BAR) != null, () -> "the dwell progress bar to show");
      Map<String, Object> bar = browser.jsMap(BAR);
      Map<String, Object> box =
          browser.jsMap(
              "const r = arguments[0].getBoundingClientRect();"
                  + " return {left: r.left, bottom: r.bottom, width: r.width};",
              button);
      assertThat(bar.get("hidden")).as("the bar is hidden from screen readers").isEqualTo("true");
      assertThat(bar.get("visible")).isEqualTo(true);
      assertThat(number(bar, "left"))
          .as("bar under the button")
          .isCloseTo(number(box, "left"), within(1.0));
      assertThat(number(bar, "top")).isCloseTo(number(box, "bottom") + 2, within(1.0));
      assertThat(number(bar, "height")).as("bar thickness").isGreaterThanOrEqualTo(4);
      double firstWidth = number(bar, "width");
      Scanning.sleep(200);
      Map<String, Object> later = browser.jsMap(BAR);
      assertThat(later).as("the bar 200 ms later").isNotNull();
      assertThat(number(later, "width"))
          .as("the bar fills as the pointer rests")
          .isGreaterThan(firstWidth)
          .isLessThan(number(box, "width"));

      browser.waitUntil(() -> clicks().size() == 1, () -> "one click, clicks: " + clicks());
      Map<String, Object> click = clicks().getFirst();
      double entered =
          overs().stream()
              .filter(o -> String.valueOf(o.get("on")).contains("toolbar-theme-contrast-light"))
              .mapToDouble(o -> number(o, "at"))
              .min()
              .orElseThrow();
      assertThat(number(click, "at") - entered)
          .as("time from resting on the button to its click")
          .isBetween(DWELL_MS - 20.0, DWELL_MS + 400.0);
      toolbar.awaitApplied(
          "the light high-contrast theme", p -> p.theme().equals("contrast-light"));
      toolbar.assertAnnounced(
          French.text("toolbar.changed.theme", French.text("theme.HIGH_CONTRAST_LIGHT")));
      toolbar.assertOnlyPressed(Theme.HIGH_CONTRAST_LIGHT);
      browser.waitUntil(() -> browser.js(BAR) == null, () -> "the bar to go once clicked");

      // Resting on, with the small movements of a resting hand, past the lock-out and another
      // dwell time: no second click, no new bar.
      long until = System.currentTimeMillis() + LOCK_OUT_MS + 2L * DWELL_MS;
      for (int i = 0; System.currentTimeMillis() < until; i++) {
        new Actions(browser.driver())
            .moveToElement(button, i % 2 == 0 ? 3 : -3, i % 3 - 1)
            .perform();
        Scanning.sleep(150);
      }
      assertThat(clicks()).as("clicks while the pointer rests on").hasSize(1);
      assertThat(bars().stream().filter(b -> Boolean.TRUE.equals(b.get("added"))).count())
          .as("progress bars started, %s", bars())
          .isEqualTo(1);

      // Leaving before the time cancels: the bar goes, nothing is clicked.
      WebElement larger = browser.driver().findElement(By.cssSelector(ToolbarPage.LARGER));
      new Actions(browser.driver()).moveToElement(larger).perform();
      browser.waitUntil(() -> browser.js(BAR) != null, () -> "the bar under A+");
      Scanning.sleep(DWELL_MS / 3);
      assertThat(clicks()).hasSize(1);
      new Actions(browser.driver())
          .moveToElement(browser.driver().findElement(By.cssSelector("main h1")))
          .perform();
      browser.waitUntil(
          () -> browser.js(BAR) == null, () -> "the bar to go when the pointer leaves");
      Scanning.sleep(DWELL_MS + 400);
      assertThat(clicks()).as("clicks after leaving A+ early").hasSize(1);
      assertThat(AppliedProfile.read(browser).scale()).isEqualTo(1.0);
      assertThat(profiles.of(account).textSize()).isEqualTo(100);
      assertThat(profiles.of(account).theme()).isEqualTo(Theme.HIGH_CONTRAST_LIGHT);
      page.assertStillThere("dwell clicks");
    } finally {
      rows.restore(saved);
    }
  }

  private List<Map<String, Object>> clicks() {
    return records("clicks");
  }

  private List<Map<String, Object>> overs() {
    return records("overs");
  }

  private List<Map<String, Object>> bars() {
    return records("bars");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> records(String kind) {
    return (List<Map<String, Object>>) browser.js("return window.__dwell[arguments[0]];", kind);
  }

  private static double number(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }
}
