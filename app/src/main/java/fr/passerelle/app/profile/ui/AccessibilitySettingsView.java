package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.PermitAll;

/** Every accessibility setting of the person logged in; each change applies and is kept at once. */
@Route(value = AccessibilitySettingsView.ROUTE, layout = MainLayout.class)
@PermitAll
@Menu(title = "nav.accessibility", order = 90)
class AccessibilitySettingsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "accessibilite";
  private final ProfileForm form;
  private Registration applied;

  AccessibilitySettingsView(ProfileService profiles) {
    add(new H1(getTranslation("settings.heading")));
    add(new Paragraph(getTranslation("settings.intro")));
    form =
        new ProfileForm(
            edit -> {
              var saved = profiles.updateMine(edit);
              getUI().ifPresent(ui -> ProfileScript.apply(ui, saved));
              MainLayout.announce(this, getTranslation("settings.saved"));
            });
    form.setProfile(profiles.mine());
    add(form);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // The toolbar changes the same profile: the form keeps showing what is applied.
    applied =
        ComponentUtil.addListener(
            event.getUI(), ProfileScript.ProfileApplied.class, e -> form.setProfile(e.profile()));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    applied.remove();
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "settings.title");
  }
}
