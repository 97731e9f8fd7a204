package fr.passerelle.app.browser;

import java.util.Map;

/**
 * What has the focus, as seen from the page: the element (followed into shadow roots), its name
 * (aria-label or text), the path a link leads to, and the component it sits in.
 */
public record Focused(String tag, String id, String name, String path, String host, boolean inNav) {

  static final String SCRIPT =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + """
          if (!a) { return {tag: 'none', id: '', name: '', path: '', host: '', inNav: false}; }
          const root = a.getRootNode();
          return {
            tag: a.localName,
            id: a.id || '',
            name: (a.getAttribute('aria-label') || a.textContent || '').trim().replace(/\\s+/g, ' '),
            path: a.localName === 'a' && a.href ? a.pathname : '',
            host: root instanceof ShadowRoot ? root.host.localName : '',
            inNav: !!a.closest('#main-navigation')
          };
          """;

  static Focused now(Browser browser) {
    Map<String, Object> m = browser.jsMap(SCRIPT);
    return new Focused(
        (String) m.get("tag"),
        (String) m.get("id"),
        (String) m.get("name"),
        (String) m.get("path"),
        (String) m.get("host"),
        Boolean.TRUE.equals(m.get("inNav")));
  }

  /** Focus has left the page's elements: the document itself (before the first Tab stop). */
  boolean isDocument() {
    return tag.equals("body") || tag.equals("html") || tag.equals("none");
  }

  boolean isLink(String linkText) {
    return tag.equals("a") && name.equals(linkText);
  }

  boolean isNavLink(String linkPath) {
    return inNav && tag.equals("a") && path.equals(linkPath);
  }

  /** A body cell of a Vaadin grid (the cell itself, inside the grid's shadow root). */
  boolean isGridBodyCell() {
    return tag.equals("td") && host.equals("vaadin-grid");
  }
}
