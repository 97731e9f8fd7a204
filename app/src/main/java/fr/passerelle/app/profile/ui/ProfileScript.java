package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a profile to the open page through passerelle.js, without reloading it, and tells the
 * UI's components that show it ({@link ProfileApplied}).
 */
final class ProfileScript {

  static final String URL = "scripts/passerelle.js";

  private ProfileScript() {}

  static void apply(UI ui, AccessibilityProfile profile) {
    Map<String, String> attributes = ProfileAttributes.of(profile);
    ui.getPage().addJavaScript(URL);
    ui.getPage()
        .executeJs(
            "const a = JSON.parse($0);"
                + " (function apply(tries) { if (window.Passerelle) { window.Passerelle.applyProfile(a); }"
                + " else if (tries > 0) { setTimeout(() => apply(tries - 1), 25); } })(200);",
            toJson(attributes));
    ComponentUtil.fireEvent(ui, new ProfileApplied(ui, profile));
  }

  /** The attributes as a JSON object; names and values are plain, but quotes are escaped anyway. */
  static String toJson(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
