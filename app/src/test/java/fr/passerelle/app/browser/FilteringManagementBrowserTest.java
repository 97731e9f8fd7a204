package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The filtering management views with the keyboard only: the TICE referent grants the CE1 teacher's
 * demo request, reads the territory's rules, lets the whitelist-only CP keep the sites allowed
 * above it; the administrator reads what a list version changed. axe in every theme on each.
 */
class FilteringManagementBrowserTest extends BrowserTest {

  private static final String MAIN_TEXT = "return document.querySelector('main').textContent";

  @Test
  void theReferentGrantsTheTeachersRequestAndReadsTheRules() {
    LoginPage.open(browser)
        .logIn("referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    ShellPage.opened(browser, "/filtrage/demandes");
    assertThat((String) browser.js(MAIN_TEXT)).contains("logicieleducatif.fr");
    checkThemes("the unblock requests");

    // Other tests of the shared database may have approved requests already: count from here.
    long approvals = demo.auditCount("FILTER_UNBLOCK_APPROVED", "referent.ferry", null);
    String grant = French.text("filtering.exceptions.approveSite", "logicieleducatif.fr");
    Keyboard.tabForwardTo(browser, "the grant button", f -> f.name().equals(grant));
    browser.enter();
    String granted = French.text("filtering.exceptions.status.APPROVED", "referent.ferry", "");
    browser.waitUntil(
        () -> ((String) browser.js(MAIN_TEXT)).contains(granted.strip()),
        () -> "the request granted («" + granted + "»)");
    assertAuditCount("FILTER_UNBLOCK_APPROVED", "referent.ferry", null, approvals + 1);

    ShellPage.opened(browser, "/filtrage/politiques");
    assertThat((String) browser.js(MAIN_TEXT))
        .contains(
            French.text("filtering.policies.action.BLOCK", "adult")
                + " "
                + French.text("filtering.policies.lockedMark"),
            French.text("filtering.policies.readOnly"));
    checkThemes("the territory's rules, read only for the referent");
  }

  @Autowired JdbcClient jdbc;

  @Test
  void theReferentLetsTheWhitelistOnlyCpKeepTheAllowedSitesAboveWithTheKeyboard() {
    long cp = demo.schoolClass("0420101A", "CP");
    String cpLevel =
        French.text(
            "filtering.policies.class",
            jdbc.sql("select name from school_class where id = ?")
                .param(cp)
                .query(String.class)
                .single(),
            "École élémentaire Jules Ferry");
    LoginPage.open(browser)
        .logIn("referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    ShellPage.opened(browser, "/filtrage/politiques");
    // The territory has no level above it: nothing to keep, no box.
    assertThat(browser.js(INHERIT_HIDDEN)).isEqualTo(true);

    Keyboard.moveFocusTo(browser, "the level", "#policy-level vaadin-select-value-button");
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    for (int i = 0; i < 10 && !Focused.now(browser).name().equals(cpLevel); i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    assertThat(Focused.now(browser).name()).isEqualTo(cpLevel);
    browser.press(Keys.ENTER);
    Keyboard.waitSelectClosedWithFocus(browser, "policy-level");
    // The CP is whitelist-only (demo): the box is offered next to that choice, unticked.
    browser.waitUntil(
        () -> Boolean.FALSE.equals(browser.js(INHERIT_HIDDEN)),
        () -> "the box to keep the allowed sites above, shown for the whitelist-only CP");
    assertThat(browser.js("return document.querySelector('#policy-inherit-allows').textContent"))
        .asString()
        .contains(French.text("filtering.policies.inheritAllows.class"));
    assertThat(browser.js(INHERIT_CHECKED)).isEqualTo(false);
    checkThemes("the rules of a whitelist-only class");

    long changes = demo.auditCount("FILTER_POLICY_CHANGED", "referent.ferry", "class:" + cp);
    try {
      Keyboard.moveFocusTo(browser, "the box", "#policy-inherit-allows input");
      browser.press(Keys.SPACE);
      saveWithTheKeyboard();
      browser.waitUntil(
          () -> inheritAllows(cp), () -> "the CP keeping the allowed sites above, stored");
      assertAuditCount("FILTER_POLICY_CHANGED", "referent.ferry", "class:" + cp, changes + 1);
      assertThat((String) browser.js(MAIN_TEXT)).contains(French.text("filtering.policies.saved"));
    } finally {
      // Taken back the same way, for the other tests of the shared database.
      Keyboard.moveFocusTo(browser, "the box", "#policy-inherit-allows input");
      if (Boolean.TRUE.equals(browser.js(INHERIT_CHECKED))) {
        browser.press(Keys.SPACE);
      }
      saveWithTheKeyboard();
      browser.waitUntil(() -> !inheritAllows(cp), () -> "the CP back to its own allowed sites");
    }
  }

  /** Not on the page (Vaadin leaves out what was never visible), or hidden. */
  private static final String INHERIT_HIDDEN =
      "const b = document.querySelector('#policy-inherit-allows'); return !b || b.hidden;";

  private static final String INHERIT_CHECKED =
      "return document.querySelector('#policy-inherit-allows').checked";

  private void saveWithTheKeyboard() {
    String save = French.text("filtering.policies.save");
    Keyboard.tabForwardTo(browser, "the save button", f -> f.name().equals(save));
    browser.enter();
  }

  private boolean inheritAllows(long classId) {
    return jdbc.sql(
            "select inherit_allows from filtering_policy where scope = 'CLASS' and class_id = ?")
        .param(classId)
        .query(Boolean.class)
        .single();
  }

  @Test
  void theAdministratorReadsWhatAListVersionChanged() {
    LoginPage.open(browser)
        .logIn("admin", DemoData.PASSWORD, "/administration", French.title("admin.title"));
    ShellPage.opened(browser, "/filtrage/listes");
    String show = French.text("filtering.lists.changesOf", 1);
    Keyboard.tabForwardTo(browser, "the first version's changes", f -> f.name().equals(show));
    browser.enter();
    browser.waitUntil(
        () -> ((String) browser.js(MAIN_TEXT)).contains("adult-videos.example"),
        () -> "the changes of version 1");
    checkThemes("the filtering lists");
  }

  @Test
  void theAdministratorSendsAUt1ArchiveWithTheKeyboardAndReadsWhatItSkipped() throws Exception {
    LoginPage.open(browser)
        .logIn("admin", DemoData.PASSWORD, "/administration", French.title("admin.title"));
    ShellPage.opened(browser, "/filtrage/listes");
    // The file chooser is reached with the keyboard; the system's file dialog itself is not a
    // page, so the test gives the file to the upload's input as the dialog would.
    String choose = French.text("upload.addOne");
    Keyboard.tabForwardTo(browser, "the upload's file button", f -> f.name().equals(choose));
    Path archive = Files.createTempFile("blacklists", ".tar.gz");
    try (var in = getClass().getResourceAsStream("/filtering/ut1-small.tar.gz")) {
      Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      browser.chooseFile("lists-upload", archive);
      browser.waitUntil(
          () ->
              (Boolean)
                  browser.js(
                      "const u = document.getElementById('lists-upload');"
                          + " return u.files.length === 1 && u.files[0].complete === true;"),
          () -> "the archive sent");
      String run = French.text("filtering.lists.uploadImport");
      Keyboard.tabForwardTo(browser, "the import button", f -> f.name().equals(run));
      browser.enter();
      String skipped =
          French.text(
              "filtering.lists.skippedLine",
              "blacklists/forums/domains",
              4,
              "bad domain here",
              "invalid domain");
      browser.waitUntil(
          () -> ((String) browser.js(MAIN_TEXT)).contains(skipped),
          () -> "the skipped line of the archive («" + skipped + "»)");
    } finally {
      Files.deleteIfExists(archive);
    }
    checkThemes("the lists after an archive was sent");
  }

  private void checkThemes(String view) {
    SoftAssertions softly = new SoftAssertions();
    Map<String, String> own = PageProfile.attributes(browser);
    try {
      for (String theme : THEMES) {
        PageProfile.with(browser, PageProfile.THEME, theme);
        softly
            .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
            .as("axe violations in the theme %s on %s", theme, view)
            .isEmpty();
      }
    } finally {
      PageProfile.apply(browser, own);
    }
    PageChecks.assertTargetSizes(browser, view);
    softly.assertAll();
  }
}
