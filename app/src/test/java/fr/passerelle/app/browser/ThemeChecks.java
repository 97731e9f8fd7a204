package fr.passerelle.app.browser;

import java.util.List;
import java.util.Map;

/**
 * Measurements of what the accessibility profile does to a page, run by script in the page (and in
 * the shadow roots of Vaadin's components): target sizes, clipped content, running animations,
 * requests to other origins, and the focus outline and control borders in forced colours. Each
 * returns what it found wrong, one line per element, so a failure says where to look.
 */
public final class ThemeChecks {

  /** Vaadin fields: their target is the box the person clicks into, the input-field part. */
  private static final String FIELDS =
      "['vaadin-text-field', 'vaadin-password-field', 'vaadin-select', 'vaadin-integer-field',"
          + " 'vaadin-number-field', 'vaadin-email-field', 'vaadin-text-area', 'vaadin-combo-box',"
          + " 'vaadin-date-picker']";

  /** Vaadin controls that are a target as a whole (a checkbox with its label, a button). */
  private static final String WHOLE =
      "['vaadin-button', 'vaadin-checkbox', 'vaadin-radio-button', 'vaadin-grid-sorter',"
          + " 'vaadin-tab', 'vaadin-menu-bar-button', 'vaadin-side-nav-item',"
          + " 'vaadin-details-summary', 'vaadin-accordion-heading']";

  /**
   * Every visible pointer target smaller than the size given, in the page and in shadow roots:
   * links, buttons, inputs and anything focusable, with Vaadin's components measured as a whole
   * (their inner parts are not separate targets) and fields by their input box.
   */
  private static final String SMALL_TARGETS =
      "const FIELDS = "
          + FIELDS
          + "; const WHOLE = "
          + WHOLE
          + ";\n"
          + """
          const min = arguments[0];
          const COMPONENTS = [...FIELDS, ...WHOLE];
          const selector = ['a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea',
              'summary', '[tabindex]:not([tabindex="-1"])', '[role="button"]', '[role="link"]',
              '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="tab"]',
              '[role="menuitem"]', '[role="option"]', ...COMPONENTS].join(', ');
          const composedParent = n => n.assignedSlot || n.parentNode
              || (n instanceof ShadowRoot ? n.host : null);
          const inComponent = e => {
            for (let n = composedParent(e); n; n = composedParent(n)) {
              if (n.localName && COMPONENTS.includes(n.localName)) { return true; }
            }
            return false;
          };
          const found = [];
          const seen = new Set();
          const visit = root => {
            root.querySelectorAll(selector).forEach(e => {
              if (seen.has(e)) { return; }
              seen.add(e);
              if (inComponent(e)) { return; }
              if (!e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) { return; }
              let box = e;
              if (FIELDS.includes(e.localName) && e.shadowRoot) {
                box = e.shadowRoot.querySelector('[part~="input-field"]') || e;
              }
              const r = box.getBoundingClientRect();
              // An element with no area is not a pointer target (focus helpers, empty slots).
              if (r.width === 0 || r.height === 0) { return; }
              if (r.width < min || r.height < min) {
                const text = (e.getAttribute('aria-label') || e.textContent || '').trim()
                    .replace(/\\s+/g, ' ').slice(0, 40);
                const root = e.getRootNode();
                found.push((root instanceof ShadowRoot ? root.host.localName + ' > ' : '')
                    + e.localName + (e.id ? '#' + e.id : '')
                    + (e.getAttribute('part') ? '[part=' + e.getAttribute('part').split(' ')[0] + ']' : '')
                    + ' "' + text + '" ' + r.width.toFixed(1) + 'x' + r.height.toFixed(1));
              }
            });
            root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { visit(e.shadowRoot); } });
          };
          visit(document);
          return found;
          """;

  /**
   * What the page cuts: a page wider than the window (it scrolls sideways), and any visible
   * element, in the page or a shadow root, that hides overflowing content (overflow hidden or clip)
   * while its content is larger than its box: text cut off, with or without an ellipsis. Elements
   * of at most 1 px are hidden on purpose (visually hidden text for screen readers) and not
   * counted.
   */
  private static final String CLIPPED =
      """
      const found = [];
      const d = document.documentElement;
      if (d.scrollWidth > d.clientWidth) {
        // Find what makes it scroll: hide one child at a time, follow the one whose absence
        // removes the sideways scroll, down to the element itself.
        const over = () => d.scrollWidth > d.clientWidth;
        const name = e => e.localName + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className.trim()
                ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
        const path = [];
        let node = d;
        descend: for (;;) {
          for (const c of node.children) {
            const old = c.style.display;
            c.style.display = 'none';
            const fixed = !over();
            c.style.display = old;
            if (fixed) {
              const cs = getComputedStyle(c);
              path.push(name(c) + ' [' + cs.position + ' w=' + cs.width + ' ml=' + cs.marginLeft
                  + ' mr=' + cs.marginRight + ' tr=' + cs.transform + ']');
              node = c;
              continue descend;
            }
          }
          break;
        }
        const wide = path;
        found.push('the page scrolls sideways: scrollWidth ' + d.scrollWidth
            + ' > clientWidth ' + d.clientWidth + ', caused by: ' + wide.join(' > '));
      }
      const describe = e => {
        const root = e.getRootNode();
        return (root instanceof ShadowRoot ? root.host.localName + ' > ' : '') + e.localName
            + (e.id ? '#' + e.id : '')
            + (e.getAttribute('part') ? '[part=' + e.getAttribute('part').split(' ')[0] + ']' : '')
            + (typeof e.className === 'string' && e.className.trim()
                ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
            + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
      };
      const cuts = v => v === 'hidden' || v === 'clip';
      const visit = root => {
        root.querySelectorAll('*').forEach(e => {
          if (e.shadowRoot) { visit(e.shadowRoot); }
          const s = getComputedStyle(e);
          const x = cuts(s.overflowX), y = cuts(s.overflowY);
          if (!x && !y) { return; }
          if (!e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) { return; }
          if (e.clientWidth <= 1 && e.clientHeight <= 1) { return; }
          const wide = x && e.scrollWidth > e.clientWidth + 1;
          const tall = y && e.scrollHeight > e.clientHeight + 1;
          if (wide || tall) {
            found.push(describe(e) + ' cuts its content: overflow ' + s.overflowX + '/'
                + s.overflowY + ', content ' + e.scrollWidth + 'x' + e.scrollHeight + ', box '
                + e.clientWidth + 'x' + e.clientHeight
                + (s.textOverflow === 'ellipsis' ? ' (ellipsis)' : ''));
          }
        });
      };
      visit(document);
      return found;
      """;

  /**
   * The animations and transitions running now. {@code document.getAnimations()} does not list
   * those inside shadow roots, where Vaadin's components animate: each shadow root is asked too.
   */
  private static final String RUNNING_ANIMATIONS =
      """
      const all = new Set(document.getAnimations());
      const visit = root => root.querySelectorAll('*').forEach(e => {
        if (e.shadowRoot) { e.shadowRoot.getAnimations().forEach(a => all.add(a)); visit(e.shadowRoot); }
      });
      visit(document);
      return [...all].filter(a => a.playState === 'running').map(a => {
        const t = a.effect && a.effect.target;
        const root = t && t.getRootNode();
        const where = !t ? '?' : (root instanceof ShadowRoot ? root.host.localName + ' > ' : '')
            + t.localName + (t.id ? '#' + t.id : '')
            + (t.getAttribute('part') ? '[part=' + t.getAttribute('part').split(' ')[0] + ']' : '')
            + (typeof t.className === 'string' && t.className.trim()
                ? '.' + t.className.trim().split(/\\s+/).join('.') : '');
        const what = a.transitionProperty ? 'transition of ' + a.transitionProperty
            : a.animationName ? 'animation ' + a.animationName : a.constructor.name;
        return what + ' on ' + where;
      });
      """;

  /** Every resource the page loaded from another origin (fonts from a CDN, scripts, images). */
  private static final String OTHER_ORIGINS =
      """
      return performance.getEntriesByType('resource').map(e => e.name)
          .filter(name => new URL(name, location.href).origin !== location.origin);
      """;

  /**
   * The focus outline in forced colours: an outline at least 2 px wide, not transparent, on
   * something that shows: the focused element itself unless it is transparent (the native input of
   * a Vaadin checkbox or radio button is), its pseudo-elements, its component, or the component's
   * visible box (input field, checkbox, radio). Box-shadow rings do not count: forced colours
   * remove them. The element found is kept, to check that its outline goes when the focus leaves.
   */
  private static final String FORCED_FOCUS =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          if (!a || a === document.body || a === document.documentElement) {
            return {ok: false, detail: 'nothing has the focus'};
          }
          const shows = e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0
                && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
          };
          const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
          const outline = (e, pseudo) => {
            const s = getComputedStyle(e, pseudo);
            const width = parseFloat(s.outlineWidth) || 0;
            return s.outlineStyle !== 'none' && width >= 2 && !transparent(s.outlineColor)
                ? s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor
                    + ' offset ' + s.outlineOffset
                : null;
          };
          const candidates = [];
          if (shows(a)) { candidates.push([a, null], [a, '::before'], [a, '::after']); }
          let host = a.assignedSlot ? a.parentElement : null;
          if (!host && a.getRootNode() instanceof ShadowRoot) { host = a.getRootNode().host; }
          if (host && host.localName.includes('-')) {
            if (shows(host)) { candidates.push([host, null]); }
            if (host.shadowRoot) {
              host.shadowRoot.querySelectorAll('[part~="input-field"], [part~="checkbox"],'
                  + ' [part~="radio"], [part~="focus-ring"]').forEach(p => {
                if (shows(p)) { candidates.push([p, null], [p, '::after']); }
              });
            }
          }
          for (const [e, pseudo] of candidates) {
            const found = outline(e, pseudo);
            if (found) {
              window.passerelleFocusProbe = {e, pseudo, found};
              return {ok: true, detail: found + ' on ' + e.localName + (pseudo || '')};
            }
          }
          window.passerelleFocusProbe = null;
          const s = getComputedStyle(a);
          return {ok: false, detail: 'no visible outline of 2 px or more (focused ' + a.localName
              + (shows(a) ? '' : ', which does not show') + ', outline ' + s.outline
              + ', box-shadow ' + s.boxShadow + ')'};
          """;

  /** The outline of the element found at the previous focus stop, now that the focus has left. */
  private static final String PREVIOUS_OUTLINE =
      """
      const p = window.passerelleFocusProbe;
      if (!p) { return null; }
      const s = getComputedStyle(p.e, p.pseudo);
      const width = parseFloat(s.outlineWidth) || 0;
      const now = s.outlineStyle !== 'none' && width >= 2
          ? s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor + ' offset ' + s.outlineOffset
          : 'none';
      return {before: p.found, now: now};
      """;

  /**
   * Buttons and fields whose edge does not show: the border (or, as Lumo draws it in forced
   * colours, the outline) of every visible Vaadin button, and of the box of every field, checkbox
   * and radio button, must be at least 1 px, not transparent, and not the colour of the box.
   */
  private static final String MISSING_EDGES =
      """
      const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
      const edge = e => {
        const s = getComputedStyle(e);
        const border = s.borderTopStyle !== 'none' && s.borderTopStyle !== 'hidden'
            && parseFloat(s.borderTopWidth) >= 1 && !transparent(s.borderTopColor)
            && s.borderTopColor !== s.backgroundColor;
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1
            && !transparent(s.outlineColor) && s.outlineColor !== s.backgroundColor;
        return border || outline;
      };
      const boxes = [];
      const visit = root => {
        root.querySelectorAll('*').forEach(e => {
          if (e.localName === 'vaadin-button') { boxes.push([e, e]); }
          if (e.shadowRoot) {
            e.shadowRoot.querySelectorAll('[part~="input-field"], [part~="checkbox"], [part~="radio"]')
                .forEach(p => boxes.push([e, p]));
            visit(e.shadowRoot);
          }
        });
      };
      visit(document);
      return boxes.filter(([owner, box]) => owner.checkVisibility({checkOpacity: true})
              && box.getBoundingClientRect().width > 0 && !edge(box))
          .map(([owner, box]) => {
            const s = getComputedStyle(box);
            return owner.localName + (box === owner ? '' : ' [part=' + box.getAttribute('part') + ']')
                + ' "' + (owner.textContent || owner.getAttribute('label') || '').trim()
                    .replace(/\\s+/g, ' ').slice(0, 30)
                + '": border ' + s.borderTop + ', outline ' + s.outline
                + ', background ' + s.backgroundColor;
          });
      """;

  private ThemeChecks() {}

  /** Visible pointer targets under {@code min} by {@code min} CSS pixels. */
  public static List<String> smallTargets(Browser browser, int min) {
    return browser.jsStrings(SMALL_TARGETS, min);
  }

  /** Sideways scrolling of the page, and content cut by its box. */
  public static List<String> clipped(Browser browser) {
    return browser.jsStrings(CLIPPED);
  }

  /** Animations and transitions running now, in the page and in shadow roots. */
  public static List<String> runningAnimations(Browser browser) {
    return browser.jsStrings(RUNNING_ANIMATIONS);
  }

  /** Resources the page loaded from another origin than the application's. */
  public static List<String> otherOrigins(Browser browser) {
    return browser.jsStrings(OTHER_ORIGINS);
  }

  /** The focus outline now, as {@code ok} and {@code detail}. */
  public static Map<String, Object> forcedColoursFocus(Browser browser) {
    return browser.jsMap(FORCED_FOCUS);
  }

  /** The outline found at the previous stop ({@code before}) and now ({@code now}), or null. */
  public static Map<String, Object> previousOutline(Browser browser) {
    return browser.jsMap(PREVIOUS_OUTLINE);
  }

  /** Buttons and field boxes with no visible edge. */
  public static List<String> missingEdges(Browser browser) {
    return browser.jsStrings(MISSING_EDGES);
  }

  /**
   * The fonts Chromium really used to draw the text of the first element a selector finds (not the
   * ones CSS asked for), from the DevTools protocol, once every font the page asked for has loaded.
   */
  @SuppressWarnings("unchecked")
  public static List<String> drawnFamilies(Browser browser, String selector) {
    var driver = browser.driver();
    driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
    Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
    Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
    Map<String, Object> found =
        driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector));
    driver.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> fonts =
        driver.executeCdpCommand(
            "CSS.getPlatformFontsForNode", Map.of("nodeId", found.get("nodeId")));
    return ((List<Map<String, Object>>) fonts.get("fonts"))
        .stream().map(f -> (String) f.get("familyName")).distinct().toList();
  }
}
