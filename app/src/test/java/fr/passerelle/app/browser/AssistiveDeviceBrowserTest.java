package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The technician sends Hugo's braille display to repair and lends him a replacement, keyboard only,
 * from the device's page; his parent is told. The page is checked with axe before and after.
 */
class AssistiveDeviceBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;

  long device(String serial) {
    return jdbc.sql("select id from device where serial = ?")
        .param(serial)
        .query(Long.class)
        .single();
  }

  long parentTold() {
    return jdbc.sql(
            "select count(*) from helpdesk_notification n join account a on a.id = n.recipient_id"
                + " where a.username = 'parent.nguyen'"
                + " and n.message_key = 'inventory.notify.assistiveRepair'")
        .query(Long.class)
        .single();
  }

  @AfterEach
  void restoreTheDemo() {
    long focus = device("FB40-101-0007");
    jdbc.sql("update device set state = 'IN_SERVICE' where id = ?").param(focus).update();
    jdbc.sql("delete from device_loan where replaces_id = ?").param(focus).update();
    jdbc.sql(
            "update device set state = 'IN_STOCK'"
                + " where serial in ('BI40X-101-0002', 'JB-101-0005')")
        .update();
  }

  @Test
  void aLentBrailleDisplayGoesToRepairAndAReplacementIsLent() {
    long focus = device("FB40-101-0007");
    long before = parentTold();
    LoginPage.open(browser)
        .logIn("technicien", DemoData.PASSWORD, "/technicien", French.title("schools.title"));
    ShellPage page = ShellPage.opened(browser, "/inventaire/appareil/" + focus);
    assertThat(page.h1()).isEqualTo("Plage braille Focus 40");
    assertThat(page.mainText()).contains(French.text("inventory.device.loans"));
    assertThat(page.mainText()).contains("Hugo Nguyen");
    assertAccessible("a lent braille display");

    Keyboard.moveFocusTo(browser, "the state field", "#device-state vaadin-select-value-button");
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    Keyboard.waitSelectClosedWithFocus(browser, "device-state");
    assertThat(
            browser.js(
                "return document.querySelector('#device-state vaadin-select-value-button')"
                    + ".textContent.trim()"))
        .isEqualTo(French.text("inventory.state.IN_REPAIR"));
    pressButton(French.text("inventory.device.changeState"));
    String changed =
        French.text("inventory.device.stateChanged", French.text("inventory.state.IN_REPAIR"));
    browser.waitUntil(
        () -> changed.equals(page.announced()),
        () -> "«" + changed + "» announced, not «" + page.announced() + "»");
    assertThat(parentTold()).isEqualTo(before + 1);
    assertAccessible("a braille display in repair");

    Keyboard.moveFocusTo(
        browser, "the replacement field", "#device-replacement vaadin-select-value-button");
    browser.press(Keys.ARROW_DOWN);
    browser.waitForVaadin();
    browser.press(Keys.ENTER);
    Keyboard.waitSelectClosedWithFocus(browser, "device-replacement");
    pressButton(French.text("inventory.device.lendReplacement"));
    browser.waitUntil(
        () -> page.announced() != null && page.announced().contains("remplacement"),
        () -> "the loan announced, not «" + page.announced() + "»");
    assertThat(
            jdbc.sql(
                    "select count(*) from device_loan l join account a on a.id = l.pupil_id"
                        + " where a.username = 'hugo.nguyen'"
                        + " and l.returned_at is null and l.replaces_id = ?")
                .params(focus)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private void pressButton(String text) {
    Keyboard.tabForwardTo(
        browser,
        "the button «" + text + "»",
        f -> f.tag().equals("vaadin-button") && f.name().equals(text));
    browser.enter();
    browser.waitForVaadin();
  }
}
