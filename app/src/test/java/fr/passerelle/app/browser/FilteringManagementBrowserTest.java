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

/**
 * The filtering management views with the keyboard only: the TICE referent grants the CE1 teacher's
 * demo request, reads the territory's rules; the administrator reads what a list version changed.
 * axe in every theme on each.
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
