package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The TICE referent reports a breakdown from their home, keyboard only, in three steps: the device,
 * what happens, the summary. Every step is checked with axe; each step's heading takes the focus; a
 * missing choice is said and the focus goes back to the field.
 */
class ReportBreakdownBrowserTest extends BrowserTest {

  private static final String FOCUS_IN =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return !!a && !!a.closest && !!a.closest(arguments[0]);";

  private static final String STEP_FOCUSED =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return a && a.id === 'report-step' ? a.textContent : null;";

  @Autowired JdbcClient jdbc;

  @Test
  void aReferentReportsABreakdownInThreeStepsWithTheKeyboardOnly() {
    LoginPage.open(browser)
        .logIn("referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    Keyboard.tabForwardTo(
        browser,
        "the link to report a breakdown",
        f -> f.tag().equals("a") && f.path().equals("/panne"));
    String home = browser.title();
    browser.enter();
    ShellPage.arrived(browser, "/panne", home);
    assertAccessible("step 1 of reporting a breakdown");

    // Next without a device: told why, and back on the field.
    pressButton(French.text("helpdesk.report.next"));
    browser.waitUntil(
        () -> French.text("helpdesk.report.pickDevice").equals(alert()),
        () -> "the alert to ask for a device, it says «" + alert() + "»");
    browser.waitUntil(() -> focusIn("#report-device"), () -> "the focus back on the device field");
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    browser.waitForVaadin();
    String chosen =
        (String)
            browser.js(
                "const s = document.getElementById('report-device');"
                    + " return s.querySelector('vaadin-select-value-button').textContent.trim();");
    assertThat(chosen).isNotBlank();
    Keyboard.waitSelectClosedWithFocus(browser, "report-device");
    pressButton(French.text("helpdesk.report.next"));
    waitForStep("helpdesk.report.step2");
    assertAccessible("step 2 of reporting a breakdown");

    tabInto("#report-title");
    browser.type("Bourrage papier");
    tabInto("#report-description");
    browser.type("Une feuille sur deux reste coincée dans le bac 2.");
    tabInto("#report-urgency");
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    browser.waitForVaadin();
    assertThat(browser.js("return document.getElementById('report-urgency').value")).isEqualTo("4");
    Keyboard.waitSelectClosedWithFocus(browser, "report-urgency");
    pressButton(French.text("helpdesk.report.next"));
    waitForStep("helpdesk.report.step3");
    assertThat(mainText())
        .contains(chosen.substring(0, chosen.indexOf(" (")))
        .contains(
            French.text(
                "helpdesk.report.summaryPriority",
                French.text("helpdesk.level.4"),
                French.text("helpdesk.level.3"),
                French.text("helpdesk.priority.4")));
    assertAccessible("step 3 of reporting a breakdown");

    long before = tickets();
    pressButton(French.text("helpdesk.report.send"));
    waitForStep("helpdesk.report.doneHeading");
    assertThat(tickets()).isEqualTo(before + 1);
    long id =
        jdbc.sql(
                "select max(t.id) from ticket t join account a on a.id = t.reporter_id"
                    + " where a.username = 'referent.ferry' and t.title = 'Bourrage papier'")
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql("select priority from ticket where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(4);
    String done = French.text("helpdesk.report.done", String.valueOf(id));
    browser.waitUntil(
        () -> done.equals(announced()),
        () -> "the live region to say «" + done + "», not «" + announced() + "»");
    assertAccessible("the report sent");
  }

  private long tickets() {
    return jdbc.sql("select count(*) from ticket").query(Long.class).single();
  }

  private void pressButton(String text) {
    Keyboard.tabForwardTo(
        browser,
        "the button «" + text + "»",
        f -> f.tag().equals("vaadin-button") && f.name().equals(text));
    browser.enter();
    browser.waitForVaadin();
  }

  private void tabInto(String selector) {
    for (int i = 0; i < Keyboard.MAX_STOPS && !focusIn(selector); i++) {
      browser.tab();
      PageChecks.assertFocusVisibleAndNotObscured(browser);
    }
    assertThat(focusIn(selector))
        .as("focus in %s, not %s", selector, browser.describeFocus())
        .isTrue();
  }

  private void waitForStep(String key) {
    String heading = French.text(key);
    browser.waitUntil(
        () -> heading.equals(browser.js(STEP_FOCUSED)),
        () -> "the focus on the heading «" + heading + "», it is on " + browser.describeFocus());
  }

  private boolean focusIn(String selector) {
    return Boolean.TRUE.equals(browser.js(FOCUS_IN, selector));
  }

  private String alert() {
    return (String)
        browser.js(
            "const a = document.querySelector('main [role=alert]:not([hidden])');"
                + " return a ? a.textContent : null;");
  }

  private String announced() {
    return (String) browser.js("return document.getElementById('announcer').textContent");
  }

  private String mainText() {
    return (String) browser.js("return document.getElementById('main-content').innerText");
  }
}
