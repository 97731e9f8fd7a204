package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;

/**
 * Single-switch scanning as the page runs it ({@code window.Passerelle.scanning}): what is
 * highlighted, since when and for how long. A switch user presses only the switch (Space or Enter)
 * at the right moment; so does this driver: it presses only while the wanted element is highlighted
 * and less than half of its stay has passed, and checks afterwards, from what the page saw at the
 * key press, that it was so.
 */
public final class Scanning {

  /** Where the highlight is, and whether it is on the wanted element. */
  public record Highlight(
      String level,
      long index,
      boolean highlighted,
      boolean wanted,
      double elapsed,
      double stay,
      String description) {}

  /** A switch press, as the page saw it just before scanning handled it. */
  public record Press(
      String key,
      double at,
      String level,
      boolean wanted,
      double elapsed,
      double stay,
      String on) {}

  /** A move of the highlight: when it moved, how long it was to stay, where. */
  public record Move(double since, double stay, String level, long index, String on) {}

  /** Leaves a margin for the time between reading the state and the key reaching the page. */
  private static final double MARGIN_MS = 150;

  private static final String DESCRIBE =
      """
      const describe = el => !el ? '(nothing)' : el.localName + (el.id ? '#' + el.id : '')
          + ' «' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '»';
      const isWanted = (el, selector, text) => !!el && el.matches(selector)
          && (el.textContent || '').trim().startsWith(text);
      """;

  private static final String STATE =
      DESCRIBE
          + """
          const s = window.Passerelle && window.Passerelle.scanning;
          if (!s || s.index < 0) { return null; }
          const el = s.list()[s.index];
          if (!el) { return null; }
          return {
            level: s.level,
            index: s.index,
            highlighted: el.classList.contains(s.level === 'groups' ? 'scan-group' : 'scan-item'),
            wanted: isWanted(el, arguments[0], arguments[1]),
            elapsed: performance.now() - s.since,
            stay: s.stay,
            description: describe(el)
          };
          """;

  /**
   * Records, in the page, every switch press (with the highlight it met: a window listener runs
   * before scanning's document listener) and every move of the highlight. Once per page.
   */
  private static final String RECORD =
      """
      if (window.__scan) { return; }
      window.__scan = {presses: [], moves: []};
      window.addEventListener('keydown', e => {
        if (e.key !== ' ' && e.key !== 'Enter' && e.key !== 'Escape') { return; }
        const s = window.Passerelle.scanning;
        window.__scan.presses.push({key: e.key, at: performance.now(), level: s.level,
            el: s.list()[s.index], elapsed: performance.now() - s.since, stay: s.stay});
      }, true);
      new MutationObserver(records => {
        for (const r of records) {
          const el = r.target, was = r.oldValue || '';
          const added = ['scan-group', 'scan-item']
              .some(c => el.classList.contains(c) && !was.split(/\\s+/).includes(c));
          const s = window.Passerelle.scanning;
          const moves = window.__scan.moves;
          if (added && (!moves.length || moves[moves.length - 1].since !== s.since)) {
            moves.push({since: s.since, stay: s.stay, level: s.level, index: s.index, el});
          }
        }
      }).observe(document.documentElement,
          {subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true});
      """;

  private final Browser browser;

  public Scanning(Browser browser) {
    this.browser = browser;
  }

  /** Starts recording presses and moves on this page; waits for scanning to run. */
  public void record() {
    browser.waitUntil(
        () -> now("html", "") != null,
        () -> "scanning to highlight something on " + browser.path());
    browser.js(RECORD);
  }

  /** The highlight now, compared with the wanted element. */
  public Highlight now(String selector, String text) {
    Map<String, Object> m = browser.jsMap(STATE, selector, text);
    if (m == null) {
      return null;
    }
    return new Highlight(
        (String) m.get("level"),
        ((Number) m.get("index")).longValue(),
        Boolean.TRUE.equals(m.get("highlighted")),
        Boolean.TRUE.equals(m.get("wanted")),
        ((Number) m.get("elapsed")).doubleValue(),
        ((Number) m.get("stay")).doubleValue(),
        (String) m.get("description"));
  }

  /**
   * Waits until the wanted element is highlighted, at the wanted level, with less than half of its
   * stay gone; then presses the switch. Checks from the page's record that the press met it so.
   */
  public void select(String what, String level, String selector, String text, Keys key) {
    Press press = pressWhen(what, h -> h.level().equals(level) && h.wanted(), selector, text, key);
    assertThat(press.wanted()).as("the switch pressed for %s met %s", what, press.on()).isTrue();
    assertThat(press.level()).as("level when %s was selected", what).isEqualTo(level);
  }

  /**
   * Waits until the highlight is shown where {@code ready} says (the highlight compared with the
   * selector and text), with less than half of its stay gone; then presses the key. Returns the
   * press as the page saw it, checked to have come within the first half of the stay.
   */
  public Press pressWhen(
      String what, Predicate<Highlight> ready, String selector, String text, Keys key) {
    long deadline = System.currentTimeMillis() + 30_000;
    Highlight seen = null;
    while (System.currentTimeMillis() < deadline) {
      seen = now(selector, text);
      if (seen != null
          && seen.highlighted()
          && ready.test(seen)
          && seen.elapsed() < seen.stay() / 2 - MARGIN_MS) {
        int before = presses(selector, text).size();
        browser.press(key);
        List<Press> presses = presses(selector, text);
        assertThat(presses).as("key presses recorded by the page").hasSize(before + 1);
        Press press = presses.getLast();
        assertThat(press.elapsed())
            .as(
                "time gone of the %s ms stay of %s at the key press for %s",
                press.stay(), press.on(), what)
            .isLessThan(press.stay() / 2);
        return press;
      }
      sleep(20);
    }
    throw new AssertionError("the highlight never came to " + what + "; last seen " + seen);
  }

  /** Selects a group: then scanning steps through its items, from the first. */
  public void selectGroup(String what, String selector, String text, Keys key) {
    select(what, "groups", selector, text, key);
    browser.waitUntil(
        () -> {
          Highlight h = now("*", "");
          return h != null && h.level().equals("items");
        },
        () -> "scanning to step through the items of " + what + ", it is at " + now("*", ""));
  }

  public void selectItem(String what, String selector, String text, Keys key) {
    select(what, "items", selector, text, key);
  }

  /** Every switch press on this page; {@code wanted} says whether it met this selector and text. */
  @SuppressWarnings("unchecked")
  public List<Press> presses(String selector, String text) {
    List<Map<String, Object>> list =
        (List<Map<String, Object>>)
            browser.js(
                DESCRIBE
                    + """
                    return window.__scan.presses.map(p => ({key: p.key, at: p.at, level: p.level,
                        wanted: isWanted(p.el, arguments[0], arguments[1]),
                        elapsed: p.elapsed, stay: p.stay, on: describe(p.el)}));
                    """,
                selector,
                text);
    return list.stream().map(Scanning::press).toList();
  }

  @SuppressWarnings("unchecked")
  public List<Move> moves() {
    List<Map<String, Object>> list =
        (List<Map<String, Object>>)
            browser.js(
                DESCRIBE
                    + "return window.__scan.moves.map(m => ({since: m.since, stay: m.stay,"
                    + " level: m.level, index: m.index, on: describe(m.el)}));");
    return list.stream()
        .map(
            m ->
                new Move(
                    ((Number) m.get("since")).doubleValue(),
                    ((Number) m.get("stay")).doubleValue(),
                    (String) m.get("level"),
                    ((Number) m.get("index")).longValue(),
                    (String) m.get("on")))
        .toList();
  }

  /** Whether the page shows a scanning highlight now (a group's or an item's). */
  public boolean highlightShown() {
    return Boolean.TRUE.equals(
        browser.js("return !!document.querySelector('.scan-group, .scan-item');"));
  }

  private static Press press(Map<String, Object> m) {
    return new Press(
        (String) m.get("key"),
        ((Number) m.get("at")).doubleValue(),
        (String) m.get("level"),
        Boolean.TRUE.equals(m.get("wanted")),
        ((Number) m.get("elapsed")).doubleValue(),
        ((Number) m.get("stay")).doubleValue(),
        (String) m.get("on"));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
