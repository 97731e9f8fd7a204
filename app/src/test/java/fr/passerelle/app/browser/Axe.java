package fr.passerelle.app.browser;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /**
   * The AAA contrast rule (1.4.6, 7:1), not among the tags above; run on the high-contrast themes.
   */
  static final String ENHANCED_CONTRAST = "color-contrast-enhanced";

  /**
   * What axe found on the page: each violation on one line, and the lowest text contrast it
   * measured (over the text it could measure; {@code NaN} when none), with the element it was on.
   */
  public record Report(List<String> violations, double lowestContrast, String lowestContrastAt) {}

  private Axe() {}

  /** Asserts that axe finds no violation on the current page. */
  public static void assertNoViolations(Browser browser, String view) {
    List<String> problems = analyze(browser, view, false).violations();
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

  /**
   * Runs axe with the WCAG 2.0/2.1 A and AA and 2.2 AA tags, and also the AAA enhanced contrast
   * rule when asked, on the page as it is.
   */
  public static Report analyze(Browser browser, String view, boolean enhancedContrast) {
    browser.waitForVaadin();
    AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
    tags.setType("tag");
    tags.setValues(TAGS);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(tags);
    if (enhancedContrast) {
      // An enabled rule runs in addition to the tags (axe's own precedence for "rules").
      AxeRuleOptions on = new AxeRuleOptions();
      on.setEnabled(true);
      options.setRules(Map.of(ENHANCED_CONTRAST, on));
    }
    // The page has no frames: axe runs in the page itself (no helper window that steals focus).
    Results results =
        new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(browser.driver());
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
    double lowest = Double.NaN;
    String at = "";
    List<Rule> measured =
        Stream.of(results.getPasses(), results.getViolations())
            .flatMap(List::stream)
            .filter(r -> r.getId().startsWith("color-contrast"))
            .toList();
    for (Rule rule : measured) {
      for (CheckedNode node : rule.getNodes()) {
        for (Check check : Stream.of(node.getAny(), node.getAll()).flatMap(List::stream).toList()) {
          if (check.getData() instanceof Map<?, ?> data
              && data.get("contrastRatio") instanceof Number ratio
              && ratio.doubleValue() > 0
              && !(ratio.doubleValue() >= lowest)) {
            lowest = ratio.doubleValue();
            at = String.valueOf(node.getTarget()) + " " + oneLine(node.getHtml());
          }
        }
      }
    }
    return new Report(List.copyOf(problems), lowest, at);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
