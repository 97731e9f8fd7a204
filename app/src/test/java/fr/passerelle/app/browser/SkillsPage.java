package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.Keys;

/** The digital skills pages, used with the keyboard only. */
final class SkillsPage {

  private static final String FOCUS_WITHIN =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return !!a && !!a.closest && !!a.closest(arguments[0]);";

  /** The picture of a progress panel and the rows of its table. */
  static final String PROGRESS =
      """
      const svg = document.querySelector('main .progress-box svg');
      if (!svg) { return null; }
      const title = document.getElementById(svg.getAttribute('aria-labelledby'));
      const desc = document.getElementById(svg.getAttribute('aria-describedby'));
      const rows = [...document.querySelectorAll('main .progress-panel table tbody tr')]
          .map(r => [...r.children].map(c => c.textContent.trim()).join(' | '));
      return {
        role: svg.getAttribute('role'),
        title: title ? title.textContent : '',
        desc: desc ? desc.textContent : '',
        focusable: svg.querySelectorAll('[tabindex]').length,
        sentence: document.querySelector('main .progress-sentence').textContent,
        caption: document.querySelector('main .progress-panel table caption').textContent,
        rows: rows
      };
      """;

  private final Browser browser;

  SkillsPage(Browser browser) {
    this.browser = browser;
  }

  /** Tab to the first bar of the class chart: its accessible name says its numbers. */
  Focused tabToFirstBar() {
    Focused bar =
        Keyboard.tabForwardTo(
            browser, "a bar of the class chart", f -> f.tag().equals("g") && !f.name().isEmpty());
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    return bar;
  }

  /** Tab into the pupils' grid, down to the row, Enter to its link, Enter to follow it. */
  ShellPage openPupil(int row, String name, String path) {
    String title = browser.title();
    Keyboard.tabForwardTo(browser, "a body cell of the pupils' grid", Focused::isGridBodyCell);
    for (int i = 0; i < row; i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    browser.enter();
    browser.waitUntil(
        () -> Focused.now(browser).isLink(name),
        () -> "the link to " + name + " in the grid, focus on " + browser.describeFocus());
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    return ShellPage.arrived(browser, path, title);
  }

  /** Tab to the checked competence, arrows down to the one wanted. */
  void chooseCompetence(int stepsDown) {
    tabInto("#skills-competence");
    for (int i = 0; i < stepsDown; i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    browser.waitForVaadin();
  }

  /** Tab to the checked level, arrows down to the next ones. */
  void chooseLevel(int stepsDown) {
    tabInto("#skills-level");
    for (int i = 0; i < stepsDown; i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    browser.waitForVaadin();
  }

  void typeComment(String comment) {
    tabInto("#skills-comment");
    browser.type(comment);
  }

  void save() {
    tabInto("#skills-save");
    browser.enter();
    browser.waitForVaadin();
  }

  String chosenCompetence() {
    return (String)
        browser.js(
            "return document.querySelector('#skills-competence vaadin-radio-button[checked]')"
                + ".innerText.trim()");
  }

  @SuppressWarnings("unchecked")
  static Progress progress(Browser browser) {
    Map<String, Object> m = browser.jsMap(PROGRESS);
    assertThat(m).as("a progress picture on " + browser.path()).isNotNull();
    return new Progress(
        (String) m.get("role"),
        (String) m.get("title"),
        (String) m.get("desc"),
        ((Number) m.get("focusable")).intValue(),
        (String) m.get("sentence"),
        (String) m.get("caption"),
        (List<String>) m.get("rows"));
  }

  record Progress(
      String role,
      String title,
      String description,
      int focusable,
      String sentence,
      String caption,
      List<String> rows) {}

  private void tabInto(String selector) {
    if (Boolean.TRUE.equals(browser.js(FOCUS_WITHIN, selector))) {
      return;
    }
    Keyboard.tabForwardTo(
        browser, selector, f -> Boolean.TRUE.equals(browser.js(FOCUS_WITHIN, selector)));
  }
}
