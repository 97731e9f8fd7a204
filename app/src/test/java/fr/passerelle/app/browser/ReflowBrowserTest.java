package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import org.junit.jupiter.api.Test;

/** A parent's phone: 320 px wide, and nothing to scroll sideways (WCAG 1.4.10). */
class ReflowBrowserTest extends BrowserTest {

  @Test
  void parentsHomeFitsA320PixelWideScreen() {
    browser.resize(320, 800);
    try {
      LoginPage login = LoginPage.open(browser);
      PageChecks.assertNoHorizontalScroll(browser, "the login page at 320 px");
      login.logIn("parent.martin", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
      assertThat(browser.js("return window.innerWidth")).isEqualTo(320L);
      PageChecks.assertNoHorizontalScroll(browser, "the parent's home at 320 px");
    } finally {
      browser.resize(1280, 900);
    }
  }
}
