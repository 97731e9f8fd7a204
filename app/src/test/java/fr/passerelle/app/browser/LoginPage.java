package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page, used with the keyboard only: the identifier field has the focus when the page
 * opens, Tab goes to the password, Enter sends the form.
 */
public final class LoginPage {

  static final String PATH = "/connexion";

  /** The text of the first element matching a selector, searched through open shadow roots. */
  private static final String DEEP_TEXT =
      """
      const find = (root, selector) => {
        const hit = root.querySelector(selector);
        if (hit) { return hit; }
        for (const e of root.querySelectorAll('*')) {
          if (e.shadowRoot) { const inner = find(e.shadowRoot, selector); if (inner) { return inner; } }
        }
        return null;
      };
      const e = find(document, arguments[0]);
      return e && e.checkVisibility() ? e.textContent.trim() : null;
      """;

  private final Browser browser;

  private LoginPage(Browser browser) {
    this.browser = browser;
  }

  /** Types the login page's address and waits until the identifier field has the focus. */
  public static LoginPage open(Browser browser) {
    browser.open(PATH);
    return arrived(browser);
  }

  /** The login page after a redirect (logout, failed login): waits for it to be ready. */
  public static LoginPage arrived(Browser browser) {
    browser.waitUntil(
        () -> browser.path().startsWith(PATH) && usernameFocused(browser),
        () -> "the login page with the focus in the identifier field, at " + browser.path());
    browser.waitForVaadin();
    LoginPage page = new LoginPage(browser);
    assertThat(browser.title()).isEqualTo(French.title("login.title"));
    assertThat(browser.js("return document.documentElement.lang")).isEqualTo("fr");
    PageChecks.assertSingleLevelOneHeading(browser, French.text("login.heading"));
    return page;
  }

  private static boolean usernameFocused(Browser browser) {
    return Boolean.TRUE.equals(
        browser.js(
            Browser.DEEP_ACTIVE.replace("return a;", "")
                + "return !!a && a.localName === 'input' && a.name === 'username';"));
  }

  /**
   * Types the identifier, Tab, the password, Enter: checking at the password's Tab stop that the
   * focus shows and is not covered.
   */
  public void submit(String username, String password) {
    assertThat(usernameFocused(browser)).as("the identifier field has the focus").isTrue();
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.type(username);
    browser.tab();
    assertThat(
            browser.js(
                Browser.DEEP_ACTIVE.replace("return a;", "")
                    + "return a.localName === 'input' && a.type === 'password';"))
        .as("Tab from the identifier reaches the password field, not %s", browser.describeFocus())
        .isEqualTo(true);
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.type(password);
    browser.enter();
  }

  /** Logs in and returns the role's home, checked as a page that has just opened. */
  public ShellPage logIn(String username, String password, String homePath, String homeTitle) {
    String loginTitle = browser.title();
    submit(username, password);
    ShellPage home = ShellPage.arrived(browser, homePath, loginTitle);
    assertThat(browser.title()).as("title of %s's home", username).isEqualTo(homeTitle);
    return home;
  }

  /** The title of the error shown by the login form, or null if none shows. */
  public String errorTitle() {
    return (String) browser.js(DEEP_TEXT, "[part~=\"error-message-title\"]");
  }

  public String announced() {
    return (String) browser.js("return document.getElementById('announcer').textContent");
  }

  /** Waits for the live region to say this (it is filled a moment after the page opens). */
  public void assertAnnounced(String message) {
    browser.waitUntil(
        () -> message.equals(announced()), () -> "the live region to say «" + message + "»");
  }
}
