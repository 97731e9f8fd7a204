package fr.passerelle.app.browser;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accessibility profile as the open page has it: the attributes of {@code <html>} (see
 * ProfileAttributes.java), changed the way the application itself changes them, through {@code
 * window.Passerelle.applyProfile}. Nothing is saved: the next page opens with the person's stored
 * profile again.
 */
public final class PageProfile {

  public static final String THEME = "data-theme";
  public static final String FONT = "data-font";
  public static final String LARGE_TARGETS = "data-large-targets";
  public static final String REDUCED_MOTION = "data-reduced-motion";

  /** The profile's attributes now on {@code <html>}, by name (the list passerelle.js manages). */
  private static final String READ =
      """
      const names = ['data-theme', 'data-font', 'style', 'data-large-targets', 'data-thick-focus',
          'data-large-pointer', 'data-reduced-motion', 'data-simplified', 'data-show-shortcuts',
          'data-reading-ruler', 'data-scanning', 'data-dwell', 'data-speak-on-focus',
          'data-syllables'];
      const found = {};
      names.forEach(n => {
        const v = document.documentElement.getAttribute(n);
        if (v !== null) { found[n] = v; }
      });
      return found;
      """;

  /**
   * Theme changes start colour transitions (Lumo's, Vaadin's status message): they are run to their
   * end, as a person would see the page half a second later, so that what is measured is the page
   * as it settles, not a colour halfway. The fonts the change asks for are loaded (they swap in
   * when they arrive: measured before, the page would be measured in a font of the machine). Then
   * two frames, for resize observers to lay out again.
   */
  private static final String SETTLE =
      """
      const done = arguments[arguments.length - 1];
      const all = [...document.getAnimations()];
      const visit = root => root.querySelectorAll('*').forEach(e => {
        if (e.shadowRoot) { all.push(...e.shadowRoot.getAnimations()); visit(e.shadowRoot); }
      });
      visit(document);
      all.forEach(a => { try { a.finish(); } catch (infinite) { /* left running */ } });
      document.fonts.ready.then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
      """;

  private PageProfile() {}

  @SuppressWarnings("unchecked")
  public static Map<String, String> attributes(Browser browser) {
    return new LinkedHashMap<>((Map<String, String>) browser.js(READ));
  }

  /** Applies these attributes as the whole profile, as the server does when a profile changes. */
  public static void apply(Browser browser, Map<String, String> attributes) {
    browser.js("window.Passerelle.applyProfile(arguments[0]);", attributes);
    settle(browser);
  }

  /** The page's profile with one attribute changed (a null value removes it), the others kept. */
  public static void with(Browser browser, String name, String value) {
    Map<String, String> attributes = attributes(browser);
    if (value == null) {
      attributes.remove(name);
    } else {
      attributes.put(name, value);
    }
    apply(browser, attributes);
  }

  /** The page's profile with one of its custom properties (--pa-text-scale...) changed. */
  public static void withStyle(Browser browser, String property, String value) {
    Map<String, String> attributes = attributes(browser);
    Map<String, String> style = new LinkedHashMap<>();
    for (String declaration : attributes.getOrDefault("style", "").split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        style.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
      }
    }
    style.put(property, value);
    StringBuilder text = new StringBuilder();
    style.forEach((k, v) -> text.append(k).append(": ").append(v).append("; "));
    attributes.put("style", text.toString().trim());
    apply(browser, attributes);
  }

  /** Lets the page settle after a change: transitions run to their end, layout done. */
  public static void settle(Browser browser) {
    browser.driver().executeAsyncScript(SETTLE);
  }
}
