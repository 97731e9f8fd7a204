package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The school's TICE referent, keyboard only: adds a laptop (a serial already taken is refused on
 * its field, nothing typed is lost), edits its room (the change is in its history), then lends a
 * braille display in stock to Léa and records its return. Axe on the form, with its refusal, and on
 * the device's page.
 */
class DeviceFormBrowserTest extends BrowserTest {

  private static final String NAME = "Portable CM2 n° 3";

  @Autowired JdbcClient jdbc;

  @AfterEach
  void restoreTheDemo() {
    jdbc.sql("delete from device where name = ?").param(NAME).update();
    jdbc.sql(
            "delete from device_loan where device_id in"
                + " (select id from device where serial = 'BI40X-101-0002')")
        .update();
    jdbc.sql("update device set state = 'IN_STOCK' where serial = 'BI40X-101-0002'").update();
  }

  @Test
  void theReferentAddsAndEditsADeviceThenLendsOne() {
    ShellPage page =
        LoginPage.open(browser)
            .logIn(
                "referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    page = ShellPage.opened(browser, "/inventaire");
    page = page.followLink(French.text("inventory.list.create"), "/inventaire/fiche");
    assertThat(page.h1()).isEqualTo(French.text("inventory.form.new"));
    assertAccessible("the new device form");

    type("the name", "#device-name input", NAME);
    type("the room", "#device-room input", "Classe CM2");
    type("the serial", "#device-serial input", "5CG101101");
    type("the supplier", "#device-supplier input", "UGAP");
    pressButton(French.text("inventory.form.save"));
    String taken = French.text("inventory.error.serialTaken", "5CG101101");
    ShellPage form = page;
    browser.waitUntil(
        () -> taken.equals(form.announced()),
        () -> "the refusal announced, not «" + form.announced() + "»");
    assertThat(browser.js("return document.getElementById('device-serial').errorMessage"))
        .isEqualTo(taken);
    assertThat(Keyboard.isFocused(browser, "#device-serial input"))
        .as("focus on the serial")
        .isTrue();
    assertThat(browser.js("return document.querySelector('#device-name input').value"))
        .isEqualTo(NAME);
    assertAccessible("the form with a serial refused");

    erase("5CG101101".length());
    browser.type("FORM-CM2-0003");
    pressButton(French.text("inventory.form.save"));
    browser.waitUntil(
        () -> browser.path().startsWith("/inventaire/appareil/"),
        () -> "the device's page, not " + browser.path());
    page = ShellPage.opened(browser, browser.path());
    assertThat(page.h1()).isEqualTo(NAME);
    assertThat(page.mainText()).contains(French.text("inventory.field.created"), "UGAP");

    String id = browser.path().substring("/inventaire/appareil/".length());
    page = page.followLink(French.text("inventory.device.edit"), "/inventaire/fiche/" + id);
    assertThat(page.h1()).isEqualTo(French.text("inventory.form.edit", NAME));
    type("the room", "#device-room input", null);
    erase("Classe CM2".length());
    browser.type("Salle informatique");
    pressButton(French.text("inventory.form.save"));
    browser.waitUntil(
        () -> browser.path().startsWith("/inventaire/appareil/"),
        () -> "back on the device's page, not " + browser.path());
    ShellPage device = ShellPage.opened(browser, browser.path());
    assertThat(device.mainText()).contains("Classe CM2 → Salle informatique");
    assertAccessible("a device's page after an edit");

    // A braille display in stock, lent to Léa for the first time, then given back.
    long brailliant =
        jdbc.sql("select id from device where serial = 'BI40X-101-0002'")
            .query(Long.class)
            .single();
    ShellPage display = ShellPage.opened(browser, "/inventaire/appareil/" + brailliant);
    Keyboard.moveFocusTo(browser, "the pupil field", "#device-pupil input");
    browser.type("Léa");
    // Opened is not enough: the list must be the server's answer to «Léa», not the one before.
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    "const c = document.getElementById('device-pupil');"
                        + " return c.opened && !c.loading && c.filteredItems.length > 0"
                        + " && c.filteredItems.every(i => i && String(i.label).includes('Léa'))")),
        () ->
            "the pupils matching «Léa» listed, not "
                + browser.js(
                    "return document.getElementById('device-pupil').filteredItems"
                        + ".map(i => i && i.label)"));
    browser.press(Keys.ARROW_DOWN);
    browser.press(Keys.ENTER);
    browser.waitUntil(
        () ->
            "Léa Martin"
                .equals(browser.js("return document.querySelector('#device-pupil input').value")),
        () -> "Léa chosen");
    browser.waitForVaadin();
    pressButton(French.text("inventory.device.lend"));
    String lent = French.text("inventory.device.lent", "Léa Martin");
    browser.waitUntil(
        () -> lent.equals(display.announced()),
        () -> "«" + lent + "» announced, not «" + display.announced() + "»");
    assertThat(
            jdbc.sql(
                    "select count(*) from helpdesk_notification n join account a"
                        + " on a.id = n.recipient_id where a.username = 'parent.martin'"
                        + " and n.message_key = 'inventory.notify.assistiveLent'")
                .query(Long.class)
                .single())
        .isPositive();
    assertAccessible("a braille display lent");
    pressButton(French.text("inventory.device.giveBack", "Léa Martin"));
    String back = French.text("inventory.device.givenBack", "Léa Martin");
    browser.waitUntil(
        () -> back.equals(display.announced()),
        () -> "«" + back + "» announced, not «" + display.announced() + "»");
  }

  /** Moves to a field with Tab and types into it (nothing when the text is null). */
  private void type(String what, String selector, String text) {
    Keyboard.moveFocusTo(browser, what, selector);
    if (text != null) {
      browser.type(text);
    }
  }

  /** Erases the field's text with the keyboard: End, then Backspace for each character. */
  private void erase(int characters) {
    browser.press(Keys.END);
    for (int i = 0; i < characters; i++) {
      browser.press(Keys.BACK_SPACE);
    }
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
