package fr.passerelle.app.profile.ui;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A profile as attributes of the page's root element: written into the first HTML the server sends
 * (no flash of the default theme) and applied again by passerelle.js when the profile changes.
 */
final class ProfileAttributes {

  private ProfileAttributes() {}

  static Map<String, String> of(AccessibilityProfile p) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("data-theme", p.theme().cssName());
    attributes.put("data-font", p.font().cssName());
    attributes.put(
        "style",
        String.format(
            Locale.ROOT,
            "--pa-text-scale: %.2f; --pa-line-height: %.2f; --pa-letter-spacing: %.2fem;"
                + " --pa-word-spacing: %.2fem; --pa-line-length: %s;",
            p.textSize() / 100.0,
            p.lineSpacing(),
            p.letterSpacing(),
            p.wordSpacing(),
            p.lineLength() > 0 ? p.lineLength() + "ch" : "none"));
    flag(attributes, "data-large-targets", p.largeTargets(), "");
    flag(attributes, "data-thick-focus", p.thickFocus(), "");
    flag(attributes, "data-large-pointer", p.largePointer(), "");
    flag(attributes, "data-reduced-motion", p.reducedMotion(), "");
    flag(attributes, "data-simplified", p.simplified(), "");
    flag(attributes, "data-show-shortcuts", p.showShortcuts(), "");
    flag(attributes, "data-reading-ruler", p.readingRuler(), "");
    flag(attributes, "data-scanning", p.scanning(), String.valueOf(p.scanIntervalMs()));
    flag(attributes, "data-dwell", p.dwellClick(), String.valueOf(p.dwellMs()));
    flag(attributes, "data-speak-on-focus", p.speakOnFocus(), "");
    flag(attributes, "data-syllables", p.syllables(), "");
    return attributes;
  }

  private static void flag(Map<String, String> attributes, String name, boolean on, String value) {
    if (on) {
      attributes.put(name, value);
    }
  }
}
