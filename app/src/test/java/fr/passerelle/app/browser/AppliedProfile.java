package fr.passerelle.app.browser;

import java.util.List;
import java.util.Map;

/**
 * The accessibility profile as the open page applies it: the attributes passerelle.js put on {@code
 * <html>}, the text scale and the resulting root font size.
 *
 * @param theme {@code data-theme}
 * @param textScale the computed {@code --pa-text-scale}, as written ("1.25")
 * @param rootFontSize the computed font size of {@code <html>} in pixels
 * @param flags the profile's boolean attributes present on {@code <html>} ("data-reading-ruler")
 * @param scanning {@code data-scanning} (the interval), or null when scanning is off
 * @param dwell {@code data-dwell} (the time), or null when dwell click is off
 */
public record AppliedProfile(
    String theme,
    String textScale,
    double rootFontSize,
    List<String> flags,
    String scanning,
    String dwell) {

  private static final String SCRIPT =
      """
      const html = document.documentElement;
      const style = getComputedStyle(html);
      return {
        theme: html.getAttribute('data-theme'),
        textScale: style.getPropertyValue('--pa-text-scale').trim(),
        rootFontSize: parseFloat(style.fontSize),
        flags: [...html.attributes].map(a => a.name)
            .filter(n => n.startsWith('data-') && n !== 'data-theme' && n !== 'data-font'
                && n !== 'data-scanning' && n !== 'data-dwell'),
        scanning: html.getAttribute('data-scanning'),
        dwell: html.getAttribute('data-dwell')
      };
      """;

  @SuppressWarnings("unchecked")
  public static AppliedProfile read(Browser browser) {
    Map<String, Object> m = browser.jsMap(SCRIPT);
    return new AppliedProfile(
        (String) m.get("theme"),
        (String) m.get("textScale"),
        ((Number) m.get("rootFontSize")).doubleValue(),
        (List<String>) m.get("flags"),
        (String) m.get("scanning"),
        (String) m.get("dwell"));
  }

  /** The text scale as a number (1.25 for 125 %). */
  public double scale() {
    return Double.parseDouble(textScale);
  }

  public boolean has(String flag) {
    return flags.contains(flag);
  }
}
