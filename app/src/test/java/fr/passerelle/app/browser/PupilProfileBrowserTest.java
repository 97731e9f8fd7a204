package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.profile.StoredProfiles;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pupil's profile prepared by the teacher, with the keyboard only: a preset suggested by the
 * pupil's declared needs, applied over what the pupil set himself; the audit trail; what the pupil
 * finds at his next login. A parent sees the profile and cannot change it. Axe on the view, also
 * with scanning's highlights shown. Every profile touched is put back exactly.
 */
class PupilProfileBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";
  static final String FERRY_NAME = "École élémentaire Jules Ferry";
  static final String TEACHER = "enseignante.ferry";
  static final String TEACHER_NAME = "Amélie Durand";
  static final String HUGO = "hugo.nguyen";
  static final String HUGO_NAME = "Hugo Nguyen";

  /** Hugo's parent: no other test logs in with this account. */
  static final String HUGOS_PARENT = "parent.nguyen";

  @Autowired private JdbcClient db;
  @Autowired private StoredProfiles profiles;
  private ProfileRows rows;

  @BeforeAll
  void rows() {
    rows = new ProfileRows(db);
  }

  private ShellPage logIn(String username, String home, String homeTitleKey) {
    return LoginPage.open(browser)
        .logIn(username, DemoData.PASSWORD, home, French.title(homeTitleKey));
  }

  @Test
  void teacherAppliesASuggestedPresetOverWhatThePupilSetHimself() {
    long hugo = demo.account(HUGO);
    ProfileRows.Saved saved = rows.save(hugo);
    String shortcuts = French.text("profile.showShortcuts");
    String textSize = French.text("profile.textSize");
    try {
      // Hugo, with the keyboard: larger text from the toolbar, shortcuts hidden in his settings.
      logIn(HUGO, "/eleve", "home.pupil.title");
      ToolbarPage toolbar = new ToolbarPage(browser);
      assertThat(AppliedProfile.read(browser).flags())
          .as("Hugo's screen-reader preset, prepared by his teacher in the demo data")
          .contains("data-show-shortcuts", "data-reduced-motion", "data-simplified");
      toolbar.larger();
      toolbar.awaitApplied("text at 125 %", p -> p.scale() == 1.25);
      ShellPage settingsPage = SettingsPage.openFromNavigation(browser);
      SettingsPage settings = new SettingsPage(browser);
      settings.toggle(shortcuts);
      toolbar.awaitApplied("shortcuts hidden", p -> !p.has("data-show-shortcuts"));
      assertThat(toolbar.shortcutHintVisible()).isFalse();
      settingsPage.logOut();

      // His teacher: home, the class, Hugo, his profile.
      ShellPage page = logIn(TEACHER, "/enseignant", "home.teacher.title");
      page =
          page.followLink(
              French.text("class.open", "CE1", FERRY_NAME),
              "/classe/" + demo.schoolClass(FERRY, "CE1"));
      page = page.followLink(HUGO_NAME, "/eleves/" + hugo);
      page = page.followLink(French.text("pupil.profile", "Hugo"), "/profil-eleve/" + hugo);
      assertThat(browser.title()).isEqualTo(French.title("pupilProfile.title", HUGO_NAME));
      assertThat(page.h1()).isEqualTo(French.text("pupilProfile.heading", HUGO_NAME));
      assertLastChangeBy(HUGO_NAME);
      SettingsPage form = new SettingsPage(browser);
      assertThat(form.fieldsNotReadOnly()).hasSize((int) form.fieldCount());
      assertThat(form.checked(shortcuts)).isFalse();
      assertThat(form.selected(textSize)).isEqualTo(French.text("profile.percent", 125));
      String preset = French.text("preset.BLINDNESS_SCREEN_READER");
      assertThat(buttonsInMain()).as("presets suggested by Hugo's needs").containsExactly(preset);
      assertAccessible("Hugo's profile for his teacher");

      long audited = demo.auditCount("PROFILE_CHANGED", TEACHER, "pupil:" + hugo);
      PageMarker marker = PageMarker.set(browser);
      Keyboard.tabForwardTo(
          browser,
          "the preset «" + preset + "»",
          f -> f.tag().equals("vaadin-button") && f.name().equals(preset));
      browser.enter();
      browser.waitForVaadin();
      toolbar.assertAnnounced(French.text("pupilProfile.presetApplied", preset));
      assertThat(form.checked(shortcuts)).as("the preset's setting, in the form").isTrue();
      assertThat(form.checked(French.text("profile.reducedMotion"))).isTrue();
      assertThat(form.checked(French.text("profile.simplified"))).isTrue();
      assertThat(form.selected(textSize))
          .as("Hugo's own text size is kept")
          .isEqualTo(French.text("profile.percent", 125));
      assertAuditCount("PROFILE_CHANGED", TEACHER, "pupil:" + hugo, audited + 1);
      assertLastChangeBy(TEACHER_NAME);
      marker.assertStillThere("applying a preset");
      assertThat(AppliedProfile.read(browser).has("data-show-shortcuts"))
          .as("the teacher's own page keeps the teacher's profile")
          .isFalse();
      AccessibilityProfile stored = profiles.of(hugo);
      assertThat(stored.showShortcuts()).isTrue();
      assertThat(stored.textSize()).isEqualTo(125);
      page.logOut();

      // Hugo's next login: the preset and his own larger text, from the first HTML.
      logIn(HUGO, "/eleve", "home.pupil.title");
      AppliedProfile applied = AppliedProfile.read(browser);
      assertThat(applied.flags())
          .contains("data-show-shortcuts", "data-reduced-motion", "data-simplified");
      assertThat(applied.scale()).as("the text size Hugo chose himself").isEqualTo(1.25);
      assertThat(toolbar.shortcutHintVisible()).isTrue();
    } finally {
      rows.restore(saved);
    }
  }

  @Test
  void parentSeesTheChildsProfileReadOnly() {
    long lea = demo.account("lea.martin");
    ProfileRows.Saved saved = rows.save(lea);
    try {
      AccessibilityProfile before = profiles.of(lea);
      ShellPage page = logIn("parent.martin", "/parent", "home.parent.title");
      page = page.followLink(French.text("home.parent.open", "Léa"), "/eleves/" + lea);
      page = page.followLink(French.text("pupil.profile", "Léa"), "/profil-eleve/" + lea);
      assertThat(page.h1()).isEqualTo(French.text("pupilProfile.heading", "Léa Martin"));
      assertLastChangeBy(TEACHER_NAME);
      SettingsPage form = new SettingsPage(browser);
      assertThat(form.fieldCount()).isGreaterThan(10);
      assertThat(form.fieldsNotReadOnly()).as("fields a parent could change").isEmpty();
      assertThat(buttonsInMain()).as("no preset for a parent").isEmpty();
      assertAccessible("Léa's profile for her parent, read only");

      // The keyboard changes nothing: Space on a checkbox, arrows in a radio group.
      String ruler = French.text("profile.readingRuler");
      assertThat(form.checked(ruler)).isTrue();
      form.toggle(ruler);
      assertThat(form.checked(ruler)).isTrue();
      assertThat(form.tryArrowsOn(French.text("profile.theme")))
          .isEqualTo(French.text("theme.YELLOW_ON_BLACK"));
      assertThat(profiles.of(lea)).isEqualTo(before);
      assertThat(demo.auditCount("PROFILE_CHANGED", "parent.martin", null)).isZero();
      assertThat(AppliedProfile.read(browser).theme())
          .as("the parent's own page keeps the parent's colours")
          .isEqualTo("default");
    } finally {
      rows.restore(saved);
    }
  }

  /** Axe on the pupil-profile view while scanning highlights a group, then an item. */
  @Test
  void pupilProfileViewHasNoAxeViolationWithScanningHighlights() {
    long parent = demo.account(HUGOS_PARENT);
    ProfileRows.Saved saved = rows.save(parent);
    rows.put(
        parent,
        AccessibilityProfile.defaults().toBuilder().scanning(true).scanIntervalMs(1000).build());
    try {
      logIn(HUGOS_PARENT, "/parent", "home.parent.title");
      long hugo = demo.account(HUGO);
      // Typed in the address bar: with scanning on, Enter is the switch.
      ShellPage.opened(browser, "/profil-eleve/" + hugo);
      assertThat(browser.title()).isEqualTo(French.title("pupilProfile.title", HUGO_NAME));
      Scanning scanning = new Scanning(browser);
      scanning.record();
      browser.waitUntil(
          () -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.scan-group');")),
          () -> "a group to be highlighted");
      assertAccessible("Hugo's profile for his parent while scanning highlights a group");
      String display = French.text("profile.section.display");
      scanning.selectGroup("the card «" + display + "»", "main .card", display, Keys.SPACE);
      assertThat(browser.js("return !!document.querySelector('.scan-item');")).isEqualTo(true);
      assertAccessible("Hugo's profile for his parent while scanning highlights an item");
    } finally {
      rows.restore(saved);
    }
  }

  /** The «last change» line names this person (and says when). */
  private void assertLastChangeBy(String name) {
    String[] around = French.text("pupilProfile.lastChange", name, "\u0001").split("\u0001");
    browser.waitUntil(
        () -> {
          String line = lastChange();
          return line.startsWith(around[0]) && line.endsWith(around[1]);
        },
        () -> "the last-change line to name " + name + ", it says «" + lastChange() + "»");
  }

  private String lastChange() {
    return (String)
        browser.js("return document.getElementById('profile-last-change').textContent.trim();");
  }

  @SuppressWarnings("unchecked")
  private List<String> buttonsInMain() {
    return (List<String>)
        browser.js(
            "return [...document.querySelectorAll('main vaadin-button, main button')]"
                + ".map(b => b.textContent.trim());");
  }
}
