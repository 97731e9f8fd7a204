package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.PermitAll;

/** Every accessibility setting of the person logged in; each change applies and is kept at once. */
@Route(value = AccessibilitySettingsView.ROUTE, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.accessibility", order = 20)
class AccessibilitySettingsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "accessibilite";

  AccessibilitySettingsView(ProfileService profiles) {
    add(new H1(getTranslation("settings.heading")));
    add(new Paragraph(getTranslation("settings.intro")));
    ProfileForm form =
        new ProfileForm(
            changed -> {
              var saved = profiles.saveMine(changed);
              getUI().ifPresent(ui -> ProfileScript.apply(ui, saved));
              MainLayout.announce(this, getTranslation("settings.saved"));
            });
    form.setProfile(profiles.mine());
    add(form);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "settings.title");
  }
}
