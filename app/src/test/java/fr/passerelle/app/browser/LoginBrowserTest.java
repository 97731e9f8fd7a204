package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.app.demo.DemoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The login page with the keyboard: its errors shown and announced in French, throttling after too
 * many failures, and logging out. Failures use accounts no other test logs in with.
 */
class LoginBrowserTest extends BrowserTest {

  @Test
  void loginPageIsAccessibleAndItsTabOrderIsFieldsThenSubmit() {
    LoginPage login = LoginPage.open(browser);
    assertAccessible("the login page");
    assertThat(login.errorTitle()).isNull();
    // From the identifier: password, show password, submit; each Tab stop shows its focus.
    List<Focused> stops = Keyboard.tabStops(browser, 3);
    assertThat(stops)
        .extracting(Focused::tag, Focused::name)
        .containsExactly(
            tuple("input", ""),
            tuple("vaadin-password-field-button", French.text("login.password.reveal")),
            tuple("vaadin-button", French.text("login.submit")));
  }

  @Test
  void wrongPasswordIsShownAndAnnouncedInFrench() {
    String user = "parent.nguyen";
    LoginPage.open(browser).submit(user, "pas-le-bon");

    LoginPage login = LoginPage.arrived(browser);
    assertThat(browser.path()).isEqualTo("/connexion?error");
    String title = French.text("login.error.credentials.title");
    assertThat(title).isEqualTo("Identifiant ou mot de passe incorrect");
    browser.waitUntil(() -> title.equals(login.errorTitle()), () -> "the error «" + title + "»");
    login.assertAnnounced(title + ". " + French.text("login.error.credentials.message"));
    assertAccessible("the login page with an error");
  }

  /** One wrong password is one failure: the throttle counts five attempts, not three. */
  @Test
  void oneWrongPasswordIsAuditedAsOneFailure() {
    String user = "inconnu.audit";
    long failures = demo.auditCount("LOGIN_FAILURE", user, null);
    LoginPage.open(browser).submit(user, "pas-le-bon");
    LoginPage.arrived(browser);
    assertAuditCount("LOGIN_FAILURE", user, null, failures + 1);
  }

  @Test
  void sixthAttemptAfterFiveFailuresIsThrottled() {
    String user = "inconnu.test";
    for (int attempt = 1; attempt <= 5; attempt++) {
      LoginPage login = LoginPage.open(browser);
      login.submit(user, "essai-" + attempt);
      LoginPage failed = LoginPage.arrived(browser);
      int n = attempt;
      browser.waitUntil(
          () -> French.text("login.error.credentials.title").equals(failed.errorTitle()),
          () ->
              "the wrong-credentials error after attempt "
                  + n
                  + " of 5, the page says «"
                  + failed.errorTitle()
                  + "»");
    }
    LoginPage login = LoginPage.open(browser);
    login.submit(user, "essai-6");

    LoginPage throttled = LoginPage.arrived(browser);
    String title = French.text("login.error.throttled.title");
    assertThat(title).isEqualTo("Trop d’essais");
    browser.waitUntil(
        () -> title.equals(throttled.errorTitle()),
        () -> "the error «" + title + "», it says «" + throttled.errorTitle() + "»");
    throttled.assertAnnounced(title + ". " + French.text("login.error.throttled.message"));
    assertAuditCount("LOCKOUT", user, null, 1);
    assertAuditCount("LOGIN_THROTTLED", user, null, 1);
  }

  @Test
  void logoutWithTheKeyboardLandsOnTheLoginPageAndIsAudited() {
    String user = "directrice.ferry";
    long logouts = demo.auditCount("LOGOUT", user, null);
    ShellPage home =
        LoginPage.open(browser)
            .logIn(user, DemoData.PASSWORD, "/direction", French.title("home.director.title"));

    LoginPage login = home.logOut();

    assertThat(browser.path()).startsWith("/connexion");
    login.assertAnnounced(French.text("login.loggedOut"));
    assertAuditCount("LOGOUT", user, null, logouts + 1);
    // Logged out for real: the home now sends back to the login page.
    browser.open("/direction");
    LoginPage.arrived(browser);
  }
}
