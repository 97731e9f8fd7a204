package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An outing end to end, keyboard only. Amélie Durand announces an outing for her CE1 at desktop
 * size. Léa's father finds «Autorisation à signer» on his home on a 320 px phone, follows the link
 * and authorises; back at desktop size he changes his mind, then authorises again: three answers
 * are kept, the latest counts. The teacher sees Léa authorised, by whom; her list reads at 320 px.
 * axe finds nothing on each page.
 */
class OutingsBrowserTest extends BrowserTest {

  static final String TITLE = "Jardin botanique de la Béraudière";
  static final String PLACE = "Jardin botanique, Saint-Étienne";

  @Autowired JdbcClient jdbc;

  @Test
  void aTeacherAnnouncesAParentAuthorisesOnAPhoneAndTheTeacherSeesIt() {
    // The teacher announces, at desktop size.
    ShellPage page =
        LoginPage.open(browser)
            .logIn(
                "enseignante.ferry",
                DemoData.PASSWORD,
                "/enseignant",
                French.title("home.teacher.title"));
    page =
        page.followNavLink(
            page.navLinks().stream()
                .filter(l -> l.path().equals("/sorties"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("outings.staff.heading"));
    Keyboard.moveFocusTo(browser, "the title field", "#outing-title input");
    browser.type(TITLE);
    Keyboard.moveFocusTo(browser, "the place field", "#outing-place input");
    browser.type(PLACE);
    Keyboard.moveFocusTo(browser, "the cost field", "#outing-cost input");
    browser.press(Keys.chord(Keys.CONTROL, "a"));
    browser.type("3");
    String announce = French.text("outings.form.save");
    Keyboard.tabForwardTo(browser, announce, f -> f.name().equals(announce));
    browser.enter();
    ShellPage teacherPage = page;
    String saved = French.text("outings.form.saved", TITLE);
    browser.waitUntil(
        () -> saved.equals(teacherPage.announced()),
        () -> "the outing announced, got «" + teacherPage.announced() + "»");
    long outing =
        jdbc.sql("select id from outing where title = ?").param(TITLE).query(Long.class).single();
    assertThat(
            jdbc.sql("select cost_cents from outing where id = ?")
                .param(outing)
                .query(Integer.class)
                .single())
        .isEqualTo(300);
    assertThat(text("#outings-list")).contains(TITLE);
    assertAccessible("the outings of the teacher");

    // Léa's father, on a phone.
    long lea = demo.account("lea.martin");
    String card = "#" + "outing-" + outing + "-child-" + lea;
    browser.forgetSession();
    browser.resize(320, 800);
    try {
      ShellPage home =
          LoginPage.open(browser)
              .logIn(
                  "parent.martin", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
      String toSign = "#child-" + lea + " .outing-to-sign";
      assertThat(text(toSign)).contains(French.text("outings.home.action"), TITLE);
      PageChecks.assertNoHorizontalScroll(browser, "the parent's home at 320 px");
      assertAccessible("the parent's home with an authorisation to sign at 320 px");
      ShellPage parentPage =
          home.followLink(French.text("outings.home.answer", "Léa"), "/autorisations");
      // French writes a no-break space before the euro sign.
      assertThat(text(card)).contains(TITLE, PLACE, "3,00\u00a0€", "J’autorise mon enfant");
      answer(card, ".outing-yes", French.text("outings.parent.authorise", "Léa"));
      browser.waitUntil(
          () -> text(card + " .outing-status").contains("vous autorisez Léa"),
          () -> "the answer shown, got «" + text(card + " .outing-status") + "»");
      String noted = French.text("outings.parent.saved.true", "Léa", TITLE);
      browser.waitUntil(
          () -> noted.equals(parentPage.announced()),
          () -> "the answer announced, got «" + parentPage.announced() + "»");
      PageChecks.assertFocusVisibleAndNotObscured(browser);
      PageChecks.assertNoHorizontalScroll(browser, "the authorisations at 320 px");
      assertAccessible("the authorisations at 320 px");
    } finally {
      browser.resize(1280, 900);
    }
    assertThat(latest(outing, lea)).isTrue();

    // At desktop size, he changes his mind, then authorises again: every answer is kept.
    ShellPage.opened(browser, "/autorisations");
    answer(card, ".outing-no", French.text("outings.parent.refuse", "Léa"));
    browser.waitUntil(
        () -> text(card + " .outing-status").contains("vous n’autorisez pas Léa"),
        () -> "the refusal shown");
    answer(card, ".outing-yes", French.text("outings.parent.authorise", "Léa"));
    browser.waitUntil(
        () -> text(card + " .outing-status").contains("vous autorisez Léa"),
        () -> "the authorisation shown again");
    assertThat(answers(outing, lea)).isEqualTo(3);
    assertThat(latest(outing, lea)).isTrue();
    assertAccessible("the authorisations at desktop size");

    // The teacher sees Léa authorised, by her father, and the counts.
    browser.forgetSession();
    LoginPage.open(browser)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
    ShellPage.opened(browser, "/sorties");
    String outingCard = "#outing-" + outing;
    assertThat(text(outingCard + " .outing-counts")).startsWith("Autorisées : 1.");
    Keyboard.moveFocusTo(
        browser, "the answers pupil by pupil", outingCard + " vaadin-details-summary");
    browser.enter();
    String leaLine = "#outing-" + outing + "-pupil-" + lea;
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    "return document.querySelector(arguments[0]).getClientRects().length > 0",
                    leaLine)),
        () -> "Léa's line shown");
    assertThat(
            browser.js(
                "return document.querySelector(arguments[0]).getAttribute('data-state')", leaLine))
        .isEqualTo("authorised");
    assertThat(text(leaLine)).contains("Léa Martin", "autorisée", "Karim Martin");
    assertAccessible("the answers to the outing");
    browser.resize(320, 800);
    try {
      PageChecks.assertNoHorizontalScroll(browser, "the answers at 320 px");
    } finally {
      browser.resize(1280, 900);
    }
  }

  private void answer(String card, String button, String name) {
    Keyboard.moveFocusTo(browser, name, card + " " + button);
    assertThat(Focused.now(browser).name()).isEqualTo(name);
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    long before = count();
    browser.enter();
    browser.waitUntil(() -> count() == before + 1, () -> "the answer saved");
    browser.waitForVaadin();
  }

  private long count() {
    return jdbc.sql("select count(*) from outing_answer").query(Long.class).single();
  }

  private long answers(long outing, long pupil) {
    return jdbc.sql("select count(*) from outing_answer where outing_id = ? and pupil_id = ?")
        .params(outing, pupil)
        .query(Long.class)
        .single();
  }

  private boolean latest(long outing, long pupil) {
    List<Boolean> list =
        jdbc.sql(
                "select authorised from outing_answer where outing_id = ? and pupil_id = ?"
                    + " order by answered_at desc, id desc")
            .params(outing, pupil)
            .query(Boolean.class)
            .list();
    return list.getFirst();
  }

  private String text(String selector) {
    return (String)
        browser.js("return document.querySelector(arguments[0]).textContent.trim()", selector);
  }
}
