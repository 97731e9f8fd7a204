package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.absences.HalfDay;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.platform.SchoolTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Absences end to end, keyboard only. Amélie Durand takes her CE1's roll call for this morning and
 * this afternoon and ticks Léa absent both times; the director sees both half-days among the
 * unjustified absences; Léa's father finds "Absence à justifier" on his home, follows it and
 * justifies the morning at desktop size and the afternoon in a 320 px window; the director no
 * longer sees them. axe finds nothing on any of these pages.
 */
class AbsencesBrowserTest extends BrowserTest {

  @Autowired SchoolTime time;
  @Autowired JdbcClient jdbc;

  @Test
  void theTeacherMarksLeaAbsentHerFatherJustifiesItTheDirectorNoLongerSeesIt() {
    long lea = demo.account("lea.martin");
    LocalDate today = time.today();

    // The teacher: both half-days of today, Léa ticked absent.
    ShellPage teacher =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    teacher =
        teacher.followNavLink(
            teacher.navLinks().stream()
                .filter(l -> l.path().equals("/appel"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("absences.rollCall.heading"));
    for (HalfDay half : HalfDay.values()) {
      chooseHalf(half, today);
      String box = "#roll-" + lea + " input";
      Keyboard.moveFocusTo(browser, "Léa's box", box);
      PageChecks.assertFocusVisibleAndNotObscured(browser);
      assertThat(browser.js("return document.querySelector(arguments[0]).checked", box))
          .isEqualTo(false);
      browser.press(" ");
      browser.waitUntil(
          () ->
              Boolean.TRUE.equals(
                  browser.js("return document.querySelector(arguments[0]).checked", box)),
          () -> "Léa ticked");
      assertThat(text("#roll-call-status")).isEqualTo(French.text("absences.rollCall.notTaken"));
      Keyboard.moveFocusTo(browser, "the save button", "#roll-call-save");
      PageChecks.assertFocusVisibleAndNotObscured(browser);
      browser.enter();
      ShellPage page = teacher;
      String saved = French.text("absences.rollCall.saved", 1);
      String taken = French.text("absences.rollCall.taken", 1);
      browser.waitUntil(
          () -> taken.equals(text("#roll-call-status")),
          () -> "the roll call saved, status " + text("#roll-call-status"));
      browser.waitUntil(() -> saved.equals(page.announced()), () -> "the roll call announced");
    }
    assertThat(marks(lea, today)).isEqualTo(2);
    assertAccessible("the roll call");
    axeInEveryTheme("the roll call");

    // The director sees both half-days among the unjustified absences.
    browser.forgetSession();
    LoginPage.open(browser)
        .logIn(
            "directrice.ferry",
            DemoData.PASSWORD,
            "/direction",
            French.title("home.director.title"));
    ShellPage.opened(browser, "/absences");
    assertThat(schoolList()).contains(item(today, HalfDay.MORNING), item(today, HalfDay.AFTERNOON));
    assertAccessible("the director's unjustified absences");

    // Léa's father: the morning at desktop size, the afternoon at 320 px.
    try {
      for (HalfDay half : HalfDay.values()) {
        boolean narrow = half == HalfDay.AFTERNOON;
        browser.forgetSession();
        if (narrow) {
          browser.resize(320, 800);
        }
        justify(lea, today, half, narrow);
      }
    } finally {
      browser.resize(1280, 900);
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from absence_notice where pupil_id = ? and from_date = ?"
                        + " and kind = 'JUSTIFICATION'")
                .params(lea, java.sql.Date.valueOf(today))
                .query(Long.class)
                .single())
        .isEqualTo(2);

    // The director no longer sees them; Léa's older absence is still there.
    browser.forgetSession();
    LoginPage.open(browser)
        .logIn(
            "directrice.ferry",
            DemoData.PASSWORD,
            "/direction",
            French.title("home.director.title"));
    ShellPage.opened(browser, "/absences");
    List<String> list = schoolList();
    assertThat(list)
        .doesNotContain(item(today, HalfDay.MORNING), item(today, HalfDay.AFTERNOON))
        .contains(item(today.minusDays(2), HalfDay.MORNING));
  }

  /** The parent logs in, follows the home's link and justifies one half-day, keyboard only. */
  private void justify(long lea, LocalDate day, HalfDay half, boolean narrow) {
    String size = narrow ? "320 px" : "desktop";
    ShellPage home =
        LoginPage.open(browser)
            .logIn(
                "parent.martin", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    assertThat(text("#absence-part-" + lea)).contains(French.text("absences.card.heading"));
    assertAccessible("parent.martin's home with an absence to justify (" + size + ")");
    ShellPage page = home.followLink(French.text("absences.card.link", "Léa"), "/absences");
    String form = "#absence-" + lea + "-" + day + "-" + half.name().toLowerCase(Locale.ROOT);
    String when = when(day, half);
    assertThat(text(form)).contains(French.text("absences.toJustify.item", when));

    String firstReason = form + " vaadin-radio-button input";
    Keyboard.moveFocusTo(browser, "the first reason", firstReason);
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.press(" ");
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js("return document.querySelector(arguments[0]).checked", firstReason)),
        () -> "Maladie chosen");
    Keyboard.moveFocusTo(browser, "the comment", form + " vaadin-text-area textarea");
    browser.type("Fièvre");
    String send = French.text("absences.toJustify.send", when);
    Focused button = Keyboard.tabForwardTo(browser, send, f -> f.name().equals(send));
    assertThat(button.tag()).isEqualTo("vaadin-button");
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    String done = French.text("absences.toJustify.done", when);
    browser.waitUntil(() -> done.equals(page.announced()), () -> "the justification announced");
    browser.waitUntil(
        () -> Boolean.TRUE.equals(browser.js("return !document.querySelector(arguments[0])", form)),
        () -> "the absence gone from the list to justify");
    assertThat(text("#absences-sent-" + lea)).contains("Fièvre");
    if (narrow) {
      PageChecks.assertNoHorizontalScroll(browser, "the parent's absences at 320 px");
    }
    assertAccessible("the parent's absences (" + size + ")");
    axeInEveryTheme("the parent's absences (" + size + ")");
  }

  /** Tab to the checked half-day, arrow to the other one if needed. */
  private void chooseHalf(HalfDay half, LocalDate today) {
    String heading = French.text("absences.rollCall.of", className(), when(today, half));
    if (!heading.equals(text("#roll-call-heading"))) {
      Keyboard.moveFocusTo(browser, "the half-day", "#roll-call-half input:checked");
      browser.press(Keys.ARROW_DOWN);
    }
    browser.waitUntil(
        () -> heading.equals(text("#roll-call-heading")),
        () -> "the roll call of " + half + ", heading " + text("#roll-call-heading"));
  }

  private void axeInEveryTheme(String view) {
    SoftAssertions softly = new SoftAssertions();
    for (String theme : ThemesBrowserTest.THEMES) {
      PageProfile.with(browser, PageProfile.THEME, theme);
      softly
          .assertThat(
              Axe.analyze(browser, view, ThemesBrowserTest.HIGH_CONTRAST.contains(theme))
                  .violations())
          .as("axe in %s on %s", theme, view)
          .isEmpty();
    }
    PageProfile.with(browser, PageProfile.THEME, "default");
    softly.assertAll();
  }

  private String className() {
    return jdbc.sql(
            "select c.name || ' – ' || s.name from school_class c join school s"
                + " on s.id = c.school_id where c.id = ?")
        .param(demo.schoolClass(RoleJourneysBrowserTest.FERRY, "CE1"))
        .query(String.class)
        .single();
  }

  private static String when(LocalDate day, HalfDay half) {
    String date =
        day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.FRENCH));
    return French.text("absences.when", date, French.text("absences.half." + half.name()));
  }

  private String item(LocalDate day, HalfDay half) {
    long since = java.time.temporal.ChronoUnit.DAYS.between(day, time.today());
    return French.text("absences.school.item", "Léa Martin", "CE1", when(day, half), since);
  }

  private List<String> schoolList() {
    return browser.jsStrings(
        "return [...document.querySelectorAll('#absences-school-list li')]"
            + ".map(l => l.textContent.trim())");
  }

  private long marks(long pupil, LocalDate day) {
    return jdbc.sql(
            "select count(*) from absence_mark where pupil_id = ? and absence_day = ? and absent")
        .params(pupil, java.sql.Date.valueOf(day))
        .query(Long.class)
        .single();
  }

  private String text(String selector) {
    return (String)
        browser.js("return document.querySelector(arguments[0]).textContent.trim()", selector);
  }
}
