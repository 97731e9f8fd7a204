package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Checks axe does not make, run by script in the page: a visible focus indicator that nothing
 * covers at each Tab stop (WCAG 2.4.7, 2.4.11), pointer targets of at least 24 by 24 px (2.5.8),
 * and no horizontal scrolling (1.4.10).
 */
public final class PageChecks {

  /** Walks the composed tree (slots, shadow roots) upwards. Shared by the scripts below. */
  private static final String COMPOSED_PARENT =
      """
      const composedParent = n => n.assignedSlot || n.parentNode
          || (n instanceof ShadowRoot ? n.host : null);
      """;

  /**
   * Describes the focus indicator of the focused element: an outline or a box-shadow ring on the
   * element, its pseudo-elements, or, for a field whose input sits in a Vaadin component, on the
   * component's own input-field part (or checkbox or radio box). An element that does not show (the
   * transparent native input of a Vaadin checkbox) cannot show the focus either.
   */
  private static final String FOCUS_INDICATOR =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + COMPOSED_PARENT
          + """
          if (!a || a === document.body || a === document.documentElement) {
            return {ok: false, detail: 'nothing has the focus'};
          }
          const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
          const ring = (e, pseudo) => {
            const s = getComputedStyle(e, pseudo || null);
            const width = parseFloat(s.outlineWidth) || 0;
            if (s.outlineStyle !== 'none' && width > 0 && !transparent(s.outlineColor)) {
              return 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor;
            }
            if (s.boxShadow && s.boxShadow !== 'none') { return 'box-shadow ' + s.boxShadow; }
            return null;
          };
          const shows = e => e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
          const candidates = shows(a) ? [[a, null], [a, '::before'], [a, '::after']] : [];
          // A Vaadin field: the input is slotted into the component, which draws the ring.
          let host = a.assignedSlot ? a.parentElement : null;
          if (!host && a.getRootNode() instanceof ShadowRoot) { host = a.getRootNode().host; }
          if (host && host.localName.includes('-')) {
            candidates.push([host, null]);
            if (host.shadowRoot) {
              host.shadowRoot.querySelectorAll('[part~="input-field"], [part~="focus-ring"],'
                  + ' [part~="checkbox"], [part~="radio"]')
                  .forEach(p => { candidates.push([p, null]); candidates.push([p, '::after']); });
            }
          }
          for (const [e, pseudo] of candidates) {
            const found = ring(e, pseudo);
            if (found) { return {ok: true, detail: found}; }
          }
          return {ok: false, detail: 'no outline and no box-shadow ring'};
          """;

  /** Whether the element at the centre of the focused element is that element or inside it. */
  private static final String NOT_OBSCURED =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + COMPOSED_PARENT
          + """
          if (!a || a === document.body) { return {ok: false, detail: 'nothing has the focus'}; }
          const r = a.getBoundingClientRect();
          if (r.width < 1 || r.height < 1) {
            return {ok: false, detail: 'the focused element has no size: ' + r.width + 'x' + r.height};
          }
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) {
            return {ok: false, detail: 'the focused element is outside the window at ' + x + ',' + y};
          }
          let hit = document.elementFromPoint(x, y);
          while (hit && hit.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === hit) { break; }
            hit = inner;
          }
          for (let n = hit; n; n = composedParent(n)) {
            if (n === a) { return {ok: true, detail: ''}; }
          }
          const d = hit ? hit.localName + (hit.id ? '#' + hit.id : '')
              + (hit.className && hit.className.baseVal === undefined ? '.' + hit.className : '')
              : 'nothing';
          return {ok: false, detail: 'covered by ' + d};
          """;

  /** Every visible interactive element smaller than 24 by 24 px, in the page and shadow roots. */
  private static final String SMALL_TARGETS =
      """
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary,'
          + ' [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"], [role="checkbox"],'
          + ' [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';
      const found = [];
      const seen = new Set();
      const visit = root => {
        root.querySelectorAll(selector).forEach(e => {
          if (seen.has(e)) { return; }
          seen.add(e);
          if (!e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) { return; }
          const r = e.getBoundingClientRect();
          // An element with no area is not a pointer target (focus helpers, empty slots).
          if (r.width === 0 || r.height === 0) { return; }
          if (r.width < 24 || r.height < 24) {
            const text = (e.getAttribute('aria-label') || e.textContent || '').trim()
                .replace(/\\s+/g, ' ').slice(0, 40);
            found.push(e.localName + (e.id ? '#' + e.id : '')
                + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                + ' "' + text + '" ' + r.width.toFixed(1) + 'x' + r.height.toFixed(1));
          }
        });
        root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { visit(e.shadowRoot); } });
      };
      visit(document);
      return found;
      """;

  /** Headings of level 1, as assistive technology sees them, through open shadow roots. */
  private static final String LEVEL_ONE_HEADINGS =
      """
      const found = [];
      const visit = root => {
        root.querySelectorAll('h1, [role="heading"][aria-level="1"]').forEach(h => {
          if (h.checkVisibility()) { found.push(h.textContent.trim().replace(/\\s+/g, ' ')); }
        });
        root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { visit(e.shadowRoot); } });
      };
      visit(document);
      return found;
      """;

  private PageChecks() {}

  /** One heading of level 1 on the page (1.3.1, 2.4.6): the view's own, with this text. */
  public static void assertSingleLevelOneHeading(Browser browser, String text) {
    assertThat(browser.jsStrings(LEVEL_ONE_HEADINGS))
        .as("headings of level 1 on %s", browser.path())
        .containsExactly(text);
  }

  /** The checks made at every Tab stop: the focus shows, and nothing covers it. */
  public static void assertFocusVisibleAndNotObscured(Browser browser) {
    String where = browser.describeFocus() + " on " + browser.path();
    Map<String, Object> indicator = browser.jsMap(FOCUS_INDICATOR);
    assertThat(indicator.get("ok"))
        .as("visible focus indicator (2.4.7) at %s: %s", where, indicator.get("detail"))
        .isEqualTo(true);
    Map<String, Object> obscured = browser.jsMap(NOT_OBSCURED);
    assertThat(obscured.get("ok"))
        .as("focus not obscured (2.4.11) at %s: %s", where, obscured.get("detail"))
        .isEqualTo(true);
  }

  /** No pointer target under 24 by 24 px (2.5.8) on the page as it is. */
  public static void assertTargetSizes(Browser browser, String view) {
    List<String> small = browser.jsStrings(SMALL_TARGETS);
    assertThat(small)
        .as("interactive elements under 24x24 px (2.5.8) on %s (%s)", view, browser.path())
        .isEmpty();
  }

  /** Nothing wider than the window (1.4.10 reflow). */
  public static void assertNoHorizontalScroll(Browser browser, String view) {
    Map<String, Object> sizes =
        browser.jsMap(
            "const d = document.documentElement;"
                + " return {scroll: d.scrollWidth, client: d.clientWidth, inner: innerWidth};");
    long scroll = ((Number) sizes.get("scroll")).longValue();
    long client = ((Number) sizes.get("client")).longValue();
    assertThat(scroll)
        .as("horizontal scroll on %s: scrollWidth %s, clientWidth %s", view, scroll, client)
        .isLessThanOrEqualTo(client);
  }
}
