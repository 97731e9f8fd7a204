package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.shell.MainLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The always-present accessibility toolbar: colours, text size, reading ruler and the way to every
 * setting. Applies the person's profile as soon as the page opens.
 */
class AccessibilityToolbar extends Div {

  private final ProfileService profiles;
  private final Map<Theme, Button> themeButtons = new EnumMap<>(Theme.class);
  private final Button ruler = new Button();
  private AccessibilityProfile current = AccessibilityProfile.defaults();
  private Registration applied;

  AccessibilityToolbar(ProfileService profiles, LiveSignals live) {
    this.profiles = profiles;
    followChanges(live);
    addClassName("toolbar-content");
    Div colours = new Div();
    colours.addClassName("toolbar-group");
    colours.getElement().setAttribute("role", "group");
    colours.getElement().setAttribute("aria-label", getTranslation("toolbar.colours"));
    for (Theme theme : Theme.values()) {
      Button button =
          new Button(
              getTranslation("theme." + theme.name()),
              e -> change(p -> p.toBuilder().theme(theme).build(), "toolbar.changed.theme"));
      button.addClassName("toolbar-theme-" + theme.cssName());
      themeButtons.put(theme, button);
      colours.add(button);
    }
    Button smaller =
        new Button(
            getTranslation("toolbar.smaller"),
            e ->
                change(
                    p -> p.toBuilder().textSize(p.textSize() - 25).build(),
                    "toolbar.changed.size"));
    smaller.setId("text-smaller");
    Button larger =
        new Button(
            getTranslation("toolbar.larger"),
            e ->
                change(
                    p -> p.toBuilder().textSize(p.textSize() + 25).build(),
                    "toolbar.changed.size"));
    larger.setId("text-larger");
    ruler.setText(getTranslation("toolbar.ruler"));
    ruler.setId("reading-ruler");
    ruler.addClickListener(
        e ->
            change(
                p -> p.toBuilder().readingRuler(!p.readingRuler()).build(),
                "toolbar.changed.ruler"));
    Anchor settings =
        new Anchor(AccessibilitySettingsView.ROUTE, getTranslation("toolbar.settings"));
    settings.setId("accessibility-settings-link");
    Span shortcuts = new Span(getTranslation("toolbar.shortcuts"));
    shortcuts.addClassName("shortcut-hint");
    Div size = new Div(smaller, larger);
    size.addClassName("toolbar-group");
    size.getElement().setAttribute("role", "group");
    size.getElement().setAttribute("aria-label", getTranslation("toolbar.size"));
    add(colours, size, ruler, settings, shortcuts);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    // Changes made elsewhere on the page (the settings view) show here too.
    applied =
        ComponentUtil.addListener(
            event.getUI(),
            ProfileScript.ProfileApplied.class,
            e -> {
              current = e.profile();
              showState();
            });
    ProfileScript.apply(event.getUI(), profiles.mine());
  }

  /** A change made elsewhere (the pupil's teacher, another tab, another node) applies here too. */
  private void followChanges(LiveSignals live) {
    profiles
        .myTopic()
        .ifPresent(
            topic ->
                live.subscribe(
                    this,
                    topic,
                    signal ->
                        getUI()
                            .ifPresent(
                                ui -> {
                                  ProfileScript.apply(ui, profiles.mine());
                                  if (!profiles.changedByMe(signal)) {
                                    MainLayout.announce(
                                        this, getTranslation("toolbar.changed.elsewhere"));
                                  }
                                })));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    applied.remove();
  }

  private void change(UnaryOperator<AccessibilityProfile> edit, String messageKey) {
    AccessibilityProfile saved = profiles.updateMine(edit);
    getUI().ifPresent(ui -> ProfileScript.apply(ui, saved));
    MainLayout.announce(
        this,
        getTranslation(
            messageKey,
            getTranslation("theme." + current.theme().name()),
            current.textSize(),
            getTranslation(current.readingRuler() ? "toolbar.on" : "toolbar.off")));
  }

  private void showState() {
    themeButtons.forEach(
        (theme, button) ->
            button
                .getElement()
                .setAttribute("aria-pressed", String.valueOf(theme == current.theme())));
    ruler.getElement().setAttribute("aria-pressed", String.valueOf(current.readingRuler()));
  }

  /** Puts the toolbar into the shell's toolbar region. */
  @org.springframework.stereotype.Component
  static class Contributor implements fr.passerelle.app.shell.ToolbarContributor {

    private final ProfileService profiles;
    private final LiveSignals live;

    Contributor(ProfileService profiles, LiveSignals live) {
      this.profiles = profiles;
      this.live = live;
    }

    @Override
    public Component createToolbarContent() {
      return new AccessibilityToolbar(profiles, live);
    }
  }
}
