package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a profile to the open page through passerelle.js (which the shell puts in every page's
 * first HTML), without reloading it.
 */
final class ProfileScript {

  private ProfileScript() {}

  /** Applies the profile to the page and tells the page's components (the toolbar) about it. */
  static void apply(UI ui, AccessibilityProfile profile) {
    ComponentUtil.fireEvent(ui, new ProfileApplied(ui, profile));
    Map<String, String> attributes = ProfileAttributes.of(profile);
    ui.getPage()
        .executeJs(
            "const a = JSON.parse($0);"
                + " (function apply(tries) { if (window.Passerelle) { window.Passerelle.applyProfile(a); }"
                + " else if (tries > 0) { setTimeout(() => apply(tries - 1), 25); } })(200);",
            toJson(attributes));
  }

  /** The attributes as a JSON object (Jackson). */
  static String toJson(Map<String, String> attributes) {
    return JsonMapper.shared().writeValueAsString(attributes);
  }

  /** Fired on the UI each time a profile is applied to its page. */
  static final class ProfileApplied extends ComponentEvent<UI> {

    private final AccessibilityProfile profile;

    ProfileApplied(UI ui, AccessibilityProfile profile) {
      super(ui, false);
      this.profile = profile;
    }

    AccessibilityProfile profile() {
      return profile;
    }
  }
}
