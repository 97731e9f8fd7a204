package fr.passerelle.app.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core on the page as it is and fails on any violation of WCAG 2.0/2.1 A and AA and WCAG
 * 2.2 AA. The failure message lists every violation: rule, element, and what is wrong.
 */
public final class Axe {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  /**
   * Narrow exceptions: one rule on one element, for a fault inside a Vaadin component that the
   * application cannot reach. Every entry says why. Keep this list empty whenever possible. The
   * target is axe's selector list as JSON, as the violation lines show it: {@code ["#id"]}.
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
   * axe-core's own script, as the axe-core Selenium library ships it. It is put into a page once (a
   * new document has none) and run there as often as the page changes theme.
   */
  private static final String SOURCE = axeSource();

  /**
   * Runs axe in the page and sends back only what the tests read: each violation's rule, impact,
   * element, failure summary and HTML, and the lowest contrast axe measured (on the elements it
   * could measure, passing or not) with its element. The whole result (every passing node) is
   * large, and turning it into Java objects took longer than axe itself.
   */
  private static final String RUN =
      """
      const [options, done] = [arguments[0], arguments[arguments.length - 1]];
      axe.run(document, options).then(results => {
        const violations = [];
        results.violations.forEach(rule => rule.nodes.forEach(node => violations.push({
          rule: rule.id, impact: String(rule.impact), target: JSON.stringify(node.target),
          summary: node.failureSummary || '', html: node.html || ''})));
        let lowest = null, at = '';
        results.passes.concat(results.violations)
          .filter(rule => rule.id.startsWith('color-contrast'))
          .forEach(rule => rule.nodes.forEach(node => node.any.concat(node.all).forEach(check => {
            const ratio = check.data && check.data.contrastRatio;
            if (typeof ratio === 'number' && ratio > 0 && (lowest === null || ratio < lowest)) {
              lowest = ratio;
              at = JSON.stringify(node.target) + ' ' + (node.html || '');
            }
          })));
        done({violations, lowest, at});
      }, error => done({error: String(error)}));
      """;

  /**
   * Runs axe with the WCAG 2.0/2.1 A and AA and 2.2 AA tags, and also the AAA enhanced contrast
   * rule when asked, on the page as it is.
   */
  @SuppressWarnings("unchecked")
  public static Report analyze(Browser browser, String view, boolean enhancedContrast) {
    browser.waitForVaadin();
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("runOnly", Map.of("type", "tag", "values", TAGS));
    if (enhancedContrast) {
      // An enabled rule runs in addition to the tags (axe's own precedence for "rules").
      options.put("rules", Map.of(ENHANCED_CONTRAST, Map.of("enabled", true)));
    }
    // The page has no frames: axe runs in the page itself.
    if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object';"))) {
      browser.js(SOURCE);
    }
    Map<String, Object> results =
        (Map<String, Object>) browser.driver().executeAsyncScript(RUN, options);
    if (results.get("error") != null) {
      throw new AssertionError("axe failed on " + view + ": " + results.get("error"));
    }
    List<String> problems = new ArrayList<>();
    for (Map<String, String> node : (List<Map<String, String>>) results.get("violations")) {
      String rule = node.get("rule");
      String target = node.get("target");
      if (ALLOWED.stream().anyMatch(a -> a.rule().equals(rule) && a.target().equals(target))) {
        continue;
      }
      problems.add(
          rule
              + " ["
              + node.get("impact")
              + "] on "
              + target
              + ": "
              + oneLine(node.get("summary"))
              + "\n      html: "
              + oneLine(node.get("html")));
    }
    double lowest =
        results.get("lowest") instanceof Number ratio ? ratio.doubleValue() : Double.NaN;
    return new Report(List.copyOf(problems), lowest, oneLine((String) results.get("at")));
  }

  private static String axeSource() {
    try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }
}
