package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Forced colours (Windows high contrast, emulated): the system replaces the page's colours and
 * removes box-shadows, so Lumo's focus rings disappear. At every Tab stop of the settings page
 * (buttons, links, radio groups, checkboxes) and of the login page (fields), the focus must still
 * show as an outline of at least 2 px on something visible, and that outline must go when the focus
 * leaves (it marks the focus, not the control). Buttons and fields keep a visible edge.
 */
class ForcedColoursBrowserTest extends BrowserTest {

  @Test
  void focusAndControlEdgesStayVisible() {
    Emulation.media(browser, "forced-colors", "active");
    try {
      List<String> problems = new ArrayList<>();
      LoginPage.open(browser);
      assertThat(Emulation.matches(browser, "(forced-colors: active)")).isTrue();
      // The identifier field has the focus when the login page opens.
      int loginStops = walkTabStops("the login page", problems);
      assertThat(loginStops).as("Tab stops on the login page").isGreaterThanOrEqualTo(4);
      ThemeChecks.missingEdges(browser).forEach(e -> problems.add("login page: no edge: " + e));

      LoginPage.open(browser)
          .logIn(
              "enseignante.ferry",
              DemoData.PASSWORD,
              "/enseignant",
              French.title("home.teacher.title"));
      ShellPage.opened(browser, "/accessibilite");
      Keyboard.tabBackTo(browser, "the start of the document", Focused::isDocument);
      browser.tab();
      int settingsStops = walkTabStops("the settings page", problems);
      assertThat(settingsStops).as("Tab stops on the settings page").isGreaterThanOrEqualTo(30);
      ThemeChecks.missingEdges(browser).forEach(e -> problems.add("settings page: no edge: " + e));

      assertThat(problems).as("focus and edges in forced colours").isEmpty();
    } finally {
      Emulation.reset(browser);
    }
  }

  /**
   * Checks the focus where it is, then Tab after Tab until the focus leaves the page's last stop;
   * returns the number of stops checked.
   */
  private int walkTabStops(String page, List<String> problems) {
    int stops = 0;
    for (int i = 0; i < 2 * Keyboard.MAX_STOPS; i++) {
      if (Focused.now(browser).isDocument()) {
        return stops;
      }
      stops++;
      String where = page + ", stop " + stops + " (" + browser.describeFocus() + ")";
      Map<String, Object> focus = ThemeChecks.forcedColoursFocus(browser);
      if (!Boolean.TRUE.equals(focus.get("ok"))) {
        problems.add(where + ": " + focus.get("detail"));
      }
      browser.tab();
      Map<String, Object> previous = ThemeChecks.previousOutline(browser);
      if (previous != null && Objects.equals(previous.get("before"), previous.get("now"))) {
        problems.add(
            where + ": the outline " + previous.get("now") + " stays when the focus leaves");
      }
    }
    throw new AssertionError("Tab never left " + page + " after " + stops + " stops");
  }
}
