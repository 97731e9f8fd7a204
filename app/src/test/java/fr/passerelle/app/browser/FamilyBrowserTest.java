package fr.passerelle.app.browser;

import static fr.passerelle.app.browser.ThemesBrowserTest.HIGH_CONTRAST;
import static fr.passerelle.app.browser.ThemesBrowserTest.THEMES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Family settings and privacy, keyboard only, at 320 px and at desktop size: Claire Bernard (Léa's
 * separated parent) changes her e-mail settings on "Mes notifications"; the director finds Léa on
 * "Familles", restricts Claire Bernard's link (a second press confirms), then lifts it. axe finds
 * nothing in any theme, and nothing scrolls sideways at 320 px.
 */
class FamilyBrowserTest extends BrowserTest {

  static final String BERNARD = "parent.bernard";

  @Autowired JdbcClient jdbc;

  @Test
  void aParentChoosesImmediateMailsWithTheContentKeyboardOnly() {
    long bernard = demo.account(BERNARD);
    ShellPage home =
        LoginPage.open(browser)
            .logIn(BERNARD, DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    assertThat(home.mainText()).contains("Léa Martin");
    ShellPage page =
        home.followNavLink(
            home.navLinks().stream()
                .filter(l -> l.path().equals("/mes-notifications"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("family.settings.heading"));
    assertThat(browser.title()).isEqualTo(French.title("family.settings.title"));
    browser.resize(320, 800);
    try {
      PageChecks.assertNoHorizontalScroll(browser, "my notifications at 320 px");
      Keyboard.moveFocusTo(browser, "the e-mail field", "#family-email input");
      browser.press(Keys.END);
      browser.press(Keys.BACK_SPACE.toString().repeat(60));
      browser.type("claire.bernard@example.org");
      String immediate = French.text("family.frequency.IMMEDIATE");
      Keyboard.moveFocusTo(
          browser, "the chosen frequency", "#family-frequency vaadin-radio-button[checked] input");
      for (int i = 0; i < 3 && !immediate.equals(checkedFrequency()); i++) {
        browser.press(Keys.ARROW_UP);
        browser.waitForVaadin();
      }
      assertThat(checkedFrequency()).isEqualTo(immediate);
      Keyboard.moveFocusTo(browser, "the content box", "#family-content input");
      browser.press(Keys.SPACE);
      Keyboard.moveFocusTo(browser, "the save button", "#family-save");
      browser.enter();
      String saved = French.text("family.settings.saved");
      browser.waitUntil(
          () -> saved.equals(page.announced()),
          () -> "«" + saved + "» announced, not «" + page.announced() + "»");
      var latest =
          jdbc.sql(
                  "select email || ' ' || frequency || ' ' || with_content from family_setting"
                      + " where parent_id = ? order by id desc limit 1")
              .param(bernard)
              .query(String.class)
              .single();
      assertThat(latest).isEqualTo("claire.bernard@example.org IMMEDIATE true");
      PageChecks.assertNoHorizontalScroll(browser, "my notifications at 320 px");
      everyTheme("my notifications at 320 px");
    } finally {
      browser.resize(1280, 900);
      jdbc.sql(
              "insert into family_setting (parent_id, email, frequency, with_content, changed_at)"
                  + " values (?, 'parent.bernard@example.org', 'DIGEST', false, current_timestamp)")
          .param(bernard)
          .update();
      jdbc.sql("update account set email = 'parent.bernard@example.org' where id = ?")
          .param(bernard)
          .update();
    }
    everyTheme("my notifications");
  }

  @Test
  void theDirectorRestrictsAParentAndLiftsItKeyboardOnly() {
    long lea = demo.account("lea.martin");
    long bernard = demo.account(BERNARD);
    String target = "pupil:" + lea + " parent:" + bernard;
    long restricted = demo.auditCount("GUARDIAN_RESTRICTED", "directrice.ferry", target);
    long lifted = demo.auditCount("GUARDIAN_UNRESTRICTED", "directrice.ferry", target);
    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "directrice.ferry",
                DemoData.PASSWORD,
                "/direction",
                French.title("home.director.title"));
    ShellPage page =
        home.followNavLink(
            home.navLinks().stream()
                .filter(l -> l.path().equals("/familles"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("family.families.heading"));
    everyTheme("families");
    browser.resize(320, 800);
    try {
      Keyboard.moveFocusTo(browser, "the search field", "#families-query input");
      browser.type("lea martin");
      browser.enter();
      browser.waitUntil(
          () -> page.mainText().contains("Léa Martin"), () -> "Léa Martin among the results");
      Keyboard.tabForwardTo(browser, "Léa in the results", f -> f.name().startsWith("Léa Martin"));
      browser.enter();
      String heading = French.text("family.families.pupil", "Léa Martin");
      browser.waitUntil(() -> page.mainText().contains(heading), () -> "the parents of Léa shown");
      assertThat(page.mainText()).contains("Claire Bernard", "Karim Martin");
      PageChecks.assertNoHorizontalScroll(browser, "families at 320 px");
      everyTheme("a pupil's parents at 320 px");

      String restrict = French.text("family.families.restrict", "Claire Bernard", "Léa");
      Keyboard.tabForwardTo(browser, "the restrict button", f -> f.name().equals(restrict));
      browser.enter();
      String confirm = French.text("family.families.restrictConfirm", "Claire Bernard", "Léa");
      browser.waitUntil(
          () -> Focused.now(browser).name().equals(confirm), () -> "the button asks to confirm");
      assertThat(demo.auditCount("GUARDIAN_RESTRICTED", "directrice.ferry", target))
          .as("nothing recorded before the confirmation")
          .isEqualTo(restricted);
      browser.enter();
      String done = French.text("family.families.restricted", "Claire Bernard", "Léa");
      browser.waitUntil(
          () -> done.equals(page.announced()),
          () -> "«" + done + "» announced, not «" + page.announced() + "»");
      assertAuditCount("GUARDIAN_RESTRICTED", "directrice.ferry", target, restricted + 1);
      assertThat(page.mainText()).contains("Claire Bernard ne voit plus Léa depuis le");

      String lift = French.text("family.families.lift", "Claire Bernard");
      Keyboard.tabForwardTo(browser, "the lift button", f -> f.name().equals(lift));
      browser.enter();
      browser.enter();
      String back = French.text("family.families.lifted", "Claire Bernard", "Léa");
      browser.waitUntil(
          () -> back.equals(page.announced()),
          () -> "«" + back + "» announced, not «" + page.announced() + "»");
      assertAuditCount("GUARDIAN_UNRESTRICTED", "directrice.ferry", target, lifted + 1);
    } finally {
      browser.resize(1280, 900);
      jdbc.sql(
              "update guardianship_restriction set lifted_at = current_timestamp"
                  + " where parent_id = ? and pupil_id = ? and lifted_at is null")
          .params(bernard, lea)
          .update();
    }
  }

  private String checkedFrequency() {
    return (String)
        browser.js(
            "const r = document.querySelector('#family-frequency vaadin-radio-button[checked]');"
                + " return r ? r.querySelector('label').textContent.trim() : null;");
  }

  private void everyTheme(String view) {
    SoftAssertions softly = new SoftAssertions();
    for (String theme : THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(Axe.analyze(browser, view, HIGH_CONTRAST.contains(theme)).violations())
          .as("axe on %s in %s", view, theme)
          .isEmpty();
    }
    softly.assertAll();
  }
}
