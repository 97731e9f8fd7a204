package fr.passerelle.app.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core on the page as it is and fails on any violation of WCAG 2.0/2.1 A and AA and WCAG
 * 2.2 AA. The failure message lists every violation: rule, element, and what is wrong.
 */
public final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * Narrow exceptions: one rule on one element, for a fault inside a Vaadin component that the
   * application cannot reach. Every entry says why. Keep this list empty whenever possible.
   */
  private static final List<Allowed> ALLOWED = List.of();

  record Allowed(String rule, String target, String reason) {}

  private Axe() {}

  /** Asserts that axe finds no violation on the current page. */
  public static void assertNoViolations(Browser browser, String view) {
    browser.waitForVaadin();
    // The page has no frames: axe runs in the page itself (no helper window that steals focus).
    Results results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(browser.driver());
    if (results.isErrored()) {
      throw new AssertionError("axe failed on " + view + ": " + results.getErrorMessage());
    }
    List<String> problems = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        String target = String.valueOf(node.getTarget());
        if (ALLOWED.stream()
            .anyMatch(a -> a.rule().equals(rule.getId()) && a.target().equals(target))) {
          continue;
        }
        problems.add(
            rule.getId()
                + " ["
                + rule.getImpact()
                + "] on "
                + target
                + ": "
                + oneLine(node.getFailureSummary())
                + "\n      html: "
                + oneLine(node.getHtml()));
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "axe found "
              + problems.size()
              + " violation(s) on "
              + view
              + " ("
              + browser.path()
              + "):\n  - "
              + problems.stream().collect(Collectors.joining("\n  - ")));
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
