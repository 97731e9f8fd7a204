package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics views with the keyboard alone: the map's communes are reached one by one with Tab
 * and each says its name and value; the table sorts from its headers and says so; the CSV holds the
 * same figures. Town-hall staff and directors land on their own report.
 */
class AnalyticsBrowserTest extends BrowserTest {

  private static final String FOCUSED_LABEL =
      "const e = document.activeElement; return e ? e.getAttribute('aria-label') : null;";

  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorExploresTheMapAndTheTableByKeyboard() {
    LoginPage.open(browser)
        .logIn("admin", DemoData.PASSWORD, "/administration", French.title("admin.title"));
    ShellPage page = ShellPage.opened(browser, "/analytique");
    assertThat(page.h1()).isEqualTo(French.text("analytics.heading"));

    Map<String, Long> pupils =
        jdbc
            .sql(
                "select m.name, count(e.pupil_id) from commune m join school s on s.commune_id = m.id"
                    + " left join school_class c on c.school_id = s.id"
                    + " left join enrolment e on e.class_id = c.id group by m.name")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    // From the heading, Tab reaches the first commune of the map, then each of the others in turn.
    List<String> marks =
        browser.jsStrings(
            "return [...document.querySelectorAll('.pa-map .mark')].map(m => m.getAttribute('aria-label'));");
    assertThat(marks).hasSize(8);
    int guard = 0;
    while (!marks.getFirst().equals(browser.js(FOCUSED_LABEL)) && guard++ < 40) {
      browser.tab();
    }
    for (String mark : marks) {
      Object label = browser.js(FOCUSED_LABEL);
      assertThat(label).as("focus on a commune of the map").isEqualTo(mark);
      String commune = mark.substring(0, mark.indexOf(','));
      assertThat(mark)
          .as("the commune, the indicator and its value")
          .startsWith(
              commune
                  + ", "
                  + French.text("analytics.indicator.pupils")
                  + " : "
                  + pupils.get(commune));
      assertThat(
              browser.js(
                  "return getComputedStyle(document.activeElement.querySelector('.ring')).stroke"))
          .as("a visible focus ring on " + commune)
          .isNotEqualTo("none");
      browser.tab();
    }

    // The table: its value column sorts from the keyboard, says so, and announces it.
    String header = French.text("analytics.indicator.pupils");
    guard = 0;
    while (!header.equals(browser.js("return document.activeElement.textContent"))
        && guard++ < 60) {
      browser.tab();
    }
    browser.enter();
    browser.waitUntil(
        () ->
            "ascending"
                .equals(
                    browser.js(
                        "return document.activeElement.closest('th').getAttribute('aria-sort')")),
        () -> "the column sorted ascending");
    String announced = French.text("analytics.sorted.ascending", header);
    browser.waitUntil(() -> announced.equals(page.announced()), () -> "the sort announced");
    List<String> rows =
        browser.jsStrings(
            "return [...document.querySelectorAll('.figures-table tbody th')].map(t => t.textContent);");
    long smallest = pupils.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(pupils.get(rows.getFirst())).isEqualTo(smallest);

    // The CSV link gives every commune with the same figure, in a file for spreadsheets.
    String csv =
        (String)
            browser
                .driver()
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " const a = [...document.querySelectorAll('a.download')][0];"
                        + " fetch(a.href).then(r => r.text()).then(done, e => done('error ' + e));");
    assertThat(csv).contains(French.text("analytics.column.commune") + ";");
    assertThat(csv).contains("Saint-Chamond;" + pupils.get("Saint-Chamond") + ";");
    assertAccessible("admin on /analytique");
  }

  @Test
  void townHallStaffAndDirectorsFindTheirOwnReport() {
    LoginPage.open(browser)
        .logIn(
            "mairie.saint-etienne",
            DemoData.PASSWORD,
            "/mairie",
            French.title("home.townHall.title"));
    ShellPage.opened(browser, "/analytique");
    assertThat(browser.js("return document.querySelector('main h2').textContent"))
        .isEqualTo("Saint-Étienne");
    assertThat(
            browser.jsStrings("return [...document.querySelectorAll('.pa-map')].map(m => m.id);"))
        .as("no territory map for a commune")
        .isEmpty();
    assertAccessible("town hall on its report");
    browser.forgetSession();

    LoginPage.open(browser)
        .logIn(
            "directrice.ferry",
            DemoData.PASSWORD,
            "/direction",
            French.title("home.director.title"));
    ShellPage.opened(browser, "/analytique");
    assertThat(browser.js("return document.querySelector('main h2').textContent"))
        .isEqualTo(RoleJourneysBrowserTest.FERRY_NAME);
    assertAccessible("director on the school report");
  }
}
