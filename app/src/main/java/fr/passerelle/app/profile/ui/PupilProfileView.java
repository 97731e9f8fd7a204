package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.accessibility.profile.Preset;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.profile.PupilProfile;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A pupil's accessibility profile: their teacher prepares it (presets from the declared needs, then
 * any setting); their parents and director see it. The pupil's own changes show as theirs.
 */
@Route(value = PupilProfileView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR", "PARENT"})
class PupilProfileView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  static final String ROUTE = "profil-eleve";
  private final ProfileService profiles;
  private final SchoolTime time;
  private String name = "";

  PupilProfileView(ProfileService profiles, SchoolTime time) {
    this.profiles = profiles;
    this.time = time;
  }

  @Override
  public void setParameter(BeforeEvent event, Long pupilId) {
    PupilProfile view = profiles.ofPupil(pupilId);
    name = view.pupilName();
    removeAll();
    add(new H1(getTranslation("pupilProfile.heading", name)));
    Paragraph changed = new Paragraph(lastChange(view));
    changed.setId("profile-last-change");
    add(changed);
    // After each change the line names the teacher who just made it, not the previous author.
    Runnable showLastChange = () -> changed.setText(lastChange(profiles.ofPupil(pupilId)));
    ProfileForm form =
        new ProfileForm(
            edit -> {
              profiles.updateForPupil(pupilId, edit);
              showLastChange.run();
              MainLayout.announce(this, getTranslation("pupilProfile.saved", name));
            });
    form.setProfile(view.profile());
    if (view.editable() && !view.suggested().isEmpty()) {
      Section presets = new Section(new H2(getTranslation("pupilProfile.presets")));
      presets.addClassName("card");
      presets.add(new Paragraph(getTranslation("pupilProfile.presets.help")));
      for (Preset preset : view.suggested()) {
        presets.add(
            new Button(
                getTranslation("preset." + preset.name()),
                e -> {
                  form.setProfile(profiles.applyPreset(pupilId, preset));
                  showLastChange.run();
                  MainLayout.announce(
                      this,
                      getTranslation(
                          "pupilProfile.presetApplied", getTranslation("preset." + preset.name())));
                }));
      }
      add(presets);
    }
    form.setReadOnly(!view.editable());
    add(form);
  }

  private String lastChange(PupilProfile view) {
    if (view.updatedAt() == null) {
      return getTranslation("pupilProfile.never");
    }
    String when = time.formats(getLocale()).dateTime(view.updatedAt());
    return getTranslation("pupilProfile.lastChange", view.updatedBy(), when);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "pupilProfile.title", name);
  }
}
