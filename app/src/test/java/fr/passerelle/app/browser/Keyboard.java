package fr.passerelle.app.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Moving the focus with Tab or Shift+Tab until it reaches something, checking at every Tab stop on
 * the way that the focus is visible and not covered.
 */
public final class Keyboard {

  /** More Tab stops than any page has: a page needing more is a failure of its own. */
  static final int MAX_STOPS = 120;

  private Keyboard() {}

  public static Focused tabForwardTo(Browser browser, String what, Predicate<Focused> target) {
    return tabTo(browser, false, what, target);
  }

  public static Focused tabBackTo(Browser browser, String what, Predicate<Focused> target) {
    return tabTo(browser, true, what, target);
  }

  /** Whether the element matching the selector comes before the focus in the document. */
  private static final String TARGET_BEFORE_FOCUS =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          const t = document.querySelector(arguments[0]);
          if (!t) { throw new Error('nothing matches ' + arguments[0]); }
          // The focused element may sit in a shadow root: compare its host in the document.
          while (a && a.getRootNode() instanceof ShadowRoot) { a = a.getRootNode().host; }
          if (!a || a === document.body || a === document.documentElement) { return false; }
          return !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
          """;

  private static final String IS_FOCUSED =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return !!a && a === document.querySelector(arguments[0]);";

  /**
   * Moves the focus to the element matching the selector with Tab, or Shift+Tab when it lies before
   * the focus, checking every stop on the way.
   */
  public static void moveFocusTo(Browser browser, String what, String selector) {
    if (isFocused(browser, selector)) {
      return;
    }
    if (Boolean.TRUE.equals(browser.js(TARGET_BEFORE_FOCUS, selector))) {
      tabBackTo(browser, what, f -> isFocused(browser, selector));
    } else {
      tabForwardTo(browser, what, f -> isFocused(browser, selector));
    }
  }

  /**
   * A select's list is closed, the focus is back on the select, and the list's closing animation
   * has ended. Until it ends, the list still traps the focus: a Tab pressed then lands on one of
   * its items, which the list's removal leaves to the document body.
   */
  private static final String SELECT_CLOSED_WITH_FOCUS =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          const s = document.getElementById(arguments[0]);
          const list = s.shadowRoot && s.shadowRoot.getElementById('overlay');
          const closing = !!list && list.hasAttribute('closing');
          return !s.opened && !closing && !!a && a.localName !== 'vaadin-select-item'
              && !!a.closest('#' + arguments[0]);
          """;

  /** Waits for the select with this id to have closed its list and to have the focus again. */
  public static void waitSelectClosedWithFocus(Browser browser, String id) {
    browser.waitUntil(
        () -> Boolean.TRUE.equals(browser.js(SELECT_CLOSED_WITH_FOCUS, id)),
        () ->
            "the list of " + id + " closed and the focus on it, not on " + browser.describeFocus());
  }

  /** Whether the element matching the selector has the focus (itself, not something inside it). */
  public static boolean isFocused(Browser browser, String selector) {
    return Boolean.TRUE.equals(browser.js(IS_FOCUSED, selector));
  }

  /** Presses Tab this many times and returns each stop, checked like any other. */
  public static List<Focused> tabStops(Browser browser, int count) {
    List<Focused> stops = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      browser.tab();
      Focused focused = Focused.now(browser);
      if (!focused.isDocument()) {
        PageChecks.assertFocusVisibleAndNotObscured(browser);
      }
      stops.add(focused);
    }
    return stops;
  }

  private static Focused tabTo(
      Browser browser, boolean backwards, String what, Predicate<Focused> target) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < MAX_STOPS; i++) {
      if (backwards) {
        browser.shiftTab();
      } else {
        browser.tab();
      }
      Focused focused = Focused.now(browser);
      // The document itself is where Tab goes after the last stop and before the first.
      if (!focused.isDocument()) {
        PageChecks.assertFocusVisibleAndNotObscured(browser);
      }
      if (target.test(focused)) {
        return focused;
      }
      visited.add(focused.tag() + " \"" + abbreviate(focused.name()) + "\"");
    }
    throw new AssertionError(
        (backwards ? "Shift+Tab" : "Tab")
            + " never reached "
            + what
            + " on "
            + browser.path()
            + "; stops: "
            + visited);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
