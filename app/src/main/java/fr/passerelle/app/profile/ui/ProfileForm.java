package fr.passerelle.app.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.AccessibilityProfile.Builder;
import fr.passerelle.accessibility.profile.Font;
import fr.passerelle.accessibility.profile.Theme;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Every setting of an accessibility profile as plain radio groups and checkboxes (no combo box or
 * slider: simpler for young pupils, screen readers and switches). Reports each change at once.
 */
class ProfileForm extends Div {

  private final RadioButtonGroup<Theme> theme = radios("profile.theme", List.of(Theme.values()));
  private final RadioButtonGroup<Font> font = radios("profile.font", List.of(Font.values()));
  private final RadioButtonGroup<Integer> textSize =
      radios("profile.textSize", List.of(100, 125, 150, 175, 200));
  private final RadioButtonGroup<Double> lineSpacing =
      radios("profile.lineSpacing", List.of(1.5, 2.0, 2.5));
  private final Checkbox spacing = check("profile.spacing");
  private final RadioButtonGroup<Integer> lineLength =
      radios("profile.lineLength", List.of(0, 70, 60, 45));
  private final Checkbox largeTargets = check("profile.largeTargets");
  private final Checkbox thickFocus = check("profile.thickFocus");
  private final Checkbox largePointer = check("profile.largePointer");
  private final Checkbox reducedMotion = check("profile.reducedMotion");
  private final Checkbox simplified = check("profile.simplified");
  private final Checkbox readingRuler = check("profile.readingRuler");
  private final Checkbox showShortcuts = check("profile.showShortcuts");
  private final Checkbox scanning = check("profile.scanning");
  private final RadioButtonGroup<Integer> scanInterval =
      radios("profile.scanInterval", List.of(1000, 1500, 2000, 3000));
  private final Checkbox dwell = check("profile.dwell");
  private final RadioButtonGroup<Integer> dwellTime =
      radios("profile.dwellTime", List.of(800, 1200, 2000));
  private final Checkbox captions = check("profile.captions");
  private final Checkbox speakOnFocus = check("profile.speakOnFocus");
  private final Checkbox syllables = check("profile.syllables");
  private final RadioButtonGroup<String> voice = radios("profile.voice", List.of("fr", "en"));
  private final RadioButtonGroup<Integer> speechRate =
      radios("profile.speechRate", List.of(75, 100, 125, 150));

  private final Consumer<UnaryOperator<AccessibilityProfile>> onChange;
  private boolean filling;

  /**
   * @param onChange receives each change as an edit to apply to the stored profile
   */
  ProfileForm(Consumer<UnaryOperator<AccessibilityProfile>> onChange) {
    this.onChange = onChange;
    addClassName("profile-form");
    theme.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
    font.setItemLabelGenerator(f -> getTranslation("font." + f.name()));
    textSize.setItemLabelGenerator(s -> getTranslation("profile.percent", s));
    lineSpacing.setItemLabelGenerator(s -> getTranslation("profile.lineSpacing." + (int) (s * 10)));
    lineLength.setItemLabelGenerator(l -> getTranslation("profile.lineLength." + l));
    scanInterval.setItemLabelGenerator(ms -> getTranslation("profile.seconds", ms / 1000.0));
    dwellTime.setItemLabelGenerator(ms -> getTranslation("profile.seconds", ms / 1000.0));
    voice.setItemLabelGenerator(v -> getTranslation("profile.voice." + v));
    speechRate.setItemLabelGenerator(r -> getTranslation("profile.percent", r));
    add(
        section(
            "profile.section.text",
            theme,
            font,
            textSize,
            lineSpacing,
            spacing,
            lineLength,
            syllables),
        section(
            "profile.section.display",
            largeTargets,
            thickFocus,
            largePointer,
            reducedMotion,
            simplified,
            readingRuler),
        section("profile.section.input", showShortcuts, scanning, scanInterval, dwell, dwellTime),
        section("profile.section.media", captions, voice, speechRate, speakOnFocus));
    bind(theme, Builder::theme);
    bind(font, Builder::font);
    bind(textSize, Builder::textSize);
    bind(lineSpacing, Builder::lineSpacing);
    bind(spacing, (b, on) -> b.letterSpacing(on ? 0.12 : 0).wordSpacing(on ? 0.16 : 0));
    bind(lineLength, Builder::lineLength);
    bind(largeTargets, Builder::largeTargets);
    bind(thickFocus, Builder::thickFocus);
    bind(largePointer, Builder::largePointer);
    bind(reducedMotion, Builder::reducedMotion);
    bind(simplified, Builder::simplified);
    bind(readingRuler, Builder::readingRuler);
    bind(showShortcuts, Builder::showShortcuts);
    bind(scanning, Builder::scanning);
    bind(scanInterval, Builder::scanIntervalMs);
    bind(dwell, Builder::dwellClick);
    bind(dwellTime, Builder::dwellMs);
    bind(captions, Builder::captions);
    bind(voice, Builder::voice);
    bind(speechRate, Builder::speechRate);
    bind(speakOnFocus, Builder::speakOnFocus);
    bind(syllables, Builder::syllables);
  }

  void setProfile(AccessibilityProfile value) {
    filling = true;
    theme.setValue(value.theme());
    font.setValue(value.font());
    textSize.setValue(value.textSize());
    lineSpacing.setValue(nearest(value.lineSpacing(), List.of(1.5, 2.0, 2.5)));
    spacing.setValue(value.letterSpacing() > 0 || value.wordSpacing() > 0);
    lineLength.setValue(value.lineLength());
    largeTargets.setValue(value.largeTargets());
    thickFocus.setValue(value.thickFocus());
    largePointer.setValue(value.largePointer());
    reducedMotion.setValue(value.reducedMotion());
    simplified.setValue(value.simplified());
    readingRuler.setValue(value.readingRuler());
    showShortcuts.setValue(value.showShortcuts());
    scanning.setValue(value.scanning());
    scanInterval.setValue(value.scanIntervalMs());
    dwell.setValue(value.dwellClick());
    dwellTime.setValue(value.dwellMs());
    captions.setValue(value.captions());
    voice.setValue(value.voice());
    speechRate.setValue(value.speechRate());
    speakOnFocus.setValue(value.speakOnFocus());
    syllables.setValue(value.syllables());
    filling = false;
  }

  void setReadOnly(boolean readOnly) {
    getChildren()
        .flatMap(Component::getChildren)
        .filter(HasValue.class::isInstance)
        .forEach(c -> ((HasValue<?, ?>) c).setReadOnly(readOnly));
  }

  /** A change made by the person becomes an edit of that one setting. */
  private <T> void bind(HasValue<?, T> field, BiFunction<Builder, T, Builder> set) {
    field.addValueChangeListener(
        e -> {
          if (!filling && e.isFromClient()) {
            T value = e.getValue();
            onChange.accept(p -> set.apply(p.toBuilder(), value).build());
          }
        });
  }

  private Section section(String key, Component... fields) {
    Section section = new Section(new H2(getTranslation(key)));
    section.addClassName("card");
    section.add(fields);
    return section;
  }

  private <T> RadioButtonGroup<T> radios(String key, List<T> items) {
    RadioButtonGroup<T> group = new RadioButtonGroup<>(getTranslation(key));
    group.setItems(items);
    group.addClassName("profile-choice");
    return group;
  }

  private Checkbox check(String key) {
    return new Checkbox(getTranslation(key));
  }

  private static double nearest(double value, List<Double> options) {
    return options.stream()
        .min(java.util.Comparator.comparingDouble(o -> Math.abs(o - value)))
        .orElseThrow();
  }
}
