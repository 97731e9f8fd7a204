package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import fr.passerelle.accessibility.profile.AccessibilityProfile;

/**
 * The person's own profile has just been applied to this UI's page: whatever shows the profile on
 * the page (the toolbar's pressed buttons, the settings form) follows it, so a change made in one
 * place is neither hidden from, nor undone by, the other.
 */
final class ProfileApplied extends ComponentEvent<UI> {

  private final AccessibilityProfile profile;

  ProfileApplied(UI ui, AccessibilityProfile profile) {
    super(ui, false);
    this.profile = profile;
  }

  AccessibilityProfile profile() {
    return profile;
  }
}
