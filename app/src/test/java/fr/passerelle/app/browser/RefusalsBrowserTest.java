package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.Test;

/**
 * Addresses a person may not open: the refusal page says so in plain French, shows nothing of what
 * was asked for, and the refusal is in the audit log. Also the page for an address that does not
 * exist.
 */
class RefusalsBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";

  private ShellPage logIn(String username, String home, String homeTitleKey) {
    return LoginPage.open(browser)
        .logIn(username, DemoData.PASSWORD, home, French.title(homeTitleKey));
  }

  private ShellPage assertRefusalPage(String path) {
    ShellPage page = ShellPage.opened(browser, path);
    assertThat(page.h1()).isEqualTo(French.text("error.denied.heading"));
    assertThat(browser.title()).isEqualTo(French.title("error.denied.title"));
    assertThat(page.mainText()).contains(French.text("error.denied.message"));
    return page;
  }

  @Test
  void parentOpeningAnotherFamilysChildIsRefusedAndAudited() {
    logIn("parent.martin", "/parent", "home.parent.title");
    long hugo = demo.account("hugo.nguyen");
    String target = "pupil:" + hugo;
    long before = demo.auditCount("ACCESS_DENIED", "parent.martin", target);

    ShellPage page = assertRefusalPage("/eleves/" + hugo);

    String everything = (String) browser.js("return document.body.innerText");
    assertThat(everything).doesNotContain("Hugo").doesNotContain("Nguyen");
    assertThat(browser.title()).doesNotContain("Hugo");
    assertAuditCount("ACCESS_DENIED", "parent.martin", target, before + 1);
    assertAccessible("the refusal page");
    // The way home from the refusal page works with the keyboard too.
    page.followLink(French.text("error.home"), "/parent");
  }

  @Test
  void teacherOpeningAnotherClassIsRefusedAndAudited() {
    logIn("enseignante.ferry", "/enseignant", "home.teacher.title");
    long cm2 = demo.schoolClass(FERRY, "CM2");
    String target = "class:" + cm2;
    long before = demo.auditCount("ACCESS_DENIED", "enseignante.ferry", target);

    ShellPage page = assertRefusalPage("/classe/" + cm2);

    assertThat(page.mainText()).doesNotContain("CM2");
    assertThat(browser.title()).doesNotContain("CM2");
    assertAuditCount("ACCESS_DENIED", "enseignante.ferry", target, before + 1);
  }

  @Test
  void parentOpeningTheAdministrationIsRefusedByTheRouteAndAudited() {
    logIn("parent.martin", "/parent", "home.parent.title");
    long before = demo.auditCount("ACCESS_DENIED", "parent.martin", "/administration");

    ShellPage page = assertRefusalPage("/administration");

    assertThat(page.mainText()).doesNotContain(French.text("admin.figures"));
    assertAuditCount("ACCESS_DENIED", "parent.martin", "/administration", before + 1);
    assertAccessible("the route refusal page");
  }

  /**
   * The not-found page, reached the way the application's own links reach pages: a client-side
   * navigation to a route that does not exist. (A typed unknown address never reaches Vaadin: see
   * the report of the browser-tests branch.)
   */
  @Test
  void missingPageSaysSoInFrench() {
    logIn("parent.martin", "/parent", "home.parent.title");
    String title = browser.title();
    browser.js(
        "history.pushState(null, '', '/page-qui-n-existe-pas');"
            + " window.dispatchEvent(new PopStateEvent('popstate', {state: null}));");
    ShellPage page = ShellPage.arrived(browser, "/page-qui-n-existe-pas", title);
    assertThat(page.h1()).isEqualTo(French.text("error.notFound.heading"));
    assertThat(browser.title()).isEqualTo(French.title("error.notFound.title"));
    assertThat(page.mainText()).contains(French.text("error.notFound.message"));
    assertAccessible("the not-found page");
  }
}
