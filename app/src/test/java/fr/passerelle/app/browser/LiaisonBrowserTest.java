package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.RunAs;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.liaison.LiaisonService;
import fr.passerelle.app.liaison.Notice;
import fr.passerelle.app.liaison.NoticeDraft;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The liaison book end to end, keyboard only. Amélie Durand posts a notice to her CE1. Léa's father
 * signs it from Léa's card on his home, on a 320 px phone; Hugo's mother from Hugo's card on a
 * desktop screen. Between the two, the teacher sees "1/8" with Hugo's family still missing; at the
 * end "2/8", and "Relancer" reminds the six families missing, and only them. axe finds nothing on
 * any page on the way. And the teacher's open liaison book follows a signature made meanwhile,
 * without a reload (the live channel).
 */
class LiaisonBrowserTest extends BrowserTest {

  static final String TITLE = "Sortie à la ferme mardi";
  static final String TEXT = "Nous partons à 9 h. Prévoir des bottes et un goûter.";

  @Autowired JdbcClient jdbc;
  @Autowired LiaisonService liaison;
  @Autowired UserDetailsService users;

  @Test
  void aTeacherPostsParentsSignFromTheirHomeAndTheTeacherRemindsTheMissing() {
    int families = classSize();

    // The teacher writes the notice.
    ShellPage page = logIn("enseignante.ferry", "/enseignant", "home.teacher.title");
    page =
        page.followNavLink(
            page.navLinks().stream()
                .filter(l -> l.path().equals("/carnet-de-liaison"))
                .findFirst()
                .orElseThrow());
    PageChecks.assertSingleLevelOneHeading(browser, French.text("liaison.book.heading"));
    Keyboard.moveFocusTo(browser, "the title field", "#liaison-title input");
    browser.type(TITLE);
    Keyboard.moveFocusTo(browser, "the text field", "#liaison-text textarea");
    browser.type(TEXT);
    String post = French.text("liaison.form.post");
    Keyboard.tabForwardTo(browser, post, f -> f.name().equals(post));
    browser.enter();
    ShellPage teacherPage = page;
    String posted = French.text("liaison.form.posted", TITLE);
    browser.waitUntil(
        () -> posted.equals(teacherPage.announced()), () -> "the notice announced as sent");
    long notice =
        jdbc.sql("select id from liaison_notice where title = ?")
            .param(TITLE)
            .query(Long.class)
            .single();
    String card = "#liaison-notice-" + notice;
    assertThat(text(card)).contains(French.text("liaison.count", 0, families));
    assertAccessible("the teacher's liaison book");

    // Léa's father, on a phone: "J'ai lu" on Léa's card.
    browser.forgetSession();
    browser.resize(320, 800);
    try {
      signFromHome("parent.martin", "lea.martin", notice);
      PageChecks.assertNoHorizontalScroll(browser, "the parent's home at 320 px after signing");
    } finally {
      browser.resize(1280, 900);
    }

    // The teacher sees 1/8, and Léa's family no longer missing.
    browser.forgetSession();
    logIn("enseignante.ferry", "/enseignant", "home.teacher.title");
    page = ShellPage.opened(browser, "/carnet-de-liaison");
    assertThat(text(card)).contains(French.text("liaison.count", 1, families));
    page =
        page.followLink(
            French.text("liaison.book.open", TITLE), "/carnet-de-liaison/mot/" + notice);
    assertThat(text("#liaison-count")).isEqualTo(French.text("liaison.count", 1, families));
    assertThat(text("#liaison-missing")).contains("Hugo Nguyen").doesNotContain("Léa Martin");
    assertThat(text("#liaison-signed")).contains("Karim Martin", "Léa Martin");
    assertAccessible("the notice's signatures");

    // Hugo's mother, on a desktop screen.
    browser.forgetSession();
    signFromHome("parent.nguyen", "hugo.nguyen", notice);

    // The teacher reminds the families still missing, and only them.
    browser.forgetSession();
    logIn("enseignante.ferry", "/enseignant", "home.teacher.title");
    page = ShellPage.opened(browser, "/carnet-de-liaison/mot/" + notice);
    assertThat(text("#liaison-count")).isEqualTo(French.text("liaison.count", 2, families));
    String remind = French.text("liaison.notice.remind", families - 2);
    Keyboard.tabForwardTo(browser, remind, f -> f.name().equals(remind));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    ShellPage noticePage = page;
    String reminded = French.text("liaison.notice.remindedNow", families - 2);
    browser.waitUntil(
        () -> reminded.equals(noticePage.announced()), () -> "the reminder announced");
    assertThat(Keyboard.isFocused(browser, "#liaison-count")).as("focus on the count").isTrue();
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    assertThat(
            jdbc.sql(
                    "select a.username from liaison_reminder_pupil p"
                        + " join liaison_reminder r on r.id = p.reminder_id"
                        + " join account a on a.id = p.pupil_id where r.notice_id = ?")
                .param(notice)
                .query(String.class)
                .list())
        .hasSize(families - 2)
        .doesNotContain("lea.martin", "hugo.nguyen");
    assertAccessible("the notice after the reminder");
  }

  @Test
  void theTeachersOpenLiaisonBookCountsASignatureWithoutReload() {
    int families = classSize();
    long ce1 = demo.schoolClass(RoleJourneysBrowserTest.FERRY, "CE1");
    long lea = demo.account("lea.martin");
    String title = "Photo de classe jeudi";
    Notice notice =
        RunAs.as(
            users,
            "enseignante.ferry",
            () ->
                liaison.post(
                    new NoticeDraft(ce1, Set.of(), title, "Prévoir une tenue correcte.", false)));
    logIn("enseignante.ferry", "/enseignant", "home.teacher.title");
    ShellPage.opened(browser, "/carnet-de-liaison");
    String card = "#liaison-notice-" + notice.id();
    assertThat(text(card)).contains(French.text("liaison.count", 0, families));
    PageMarker marker = PageMarker.set(browser);

    // Léa's father signs on his phone, meanwhile (through the service, as his page does).
    RunAs.as(users, "parent.martin", () -> liaison.acknowledge(notice.id(), lea));

    String one = French.text("liaison.count", 1, families);
    browser.waitUntil(
        () -> text(card).contains(one), () -> "the open page counts the signature: " + text(card));
    marker.assertStillThere("the signature");
    assertAccessible("the teacher's liaison book after a signature told live");
  }

  /** From the parent's home, keyboard only: Tab to "J'ai lu" on the child's card, Enter. */
  private void signFromHome(String parent, String child, long notice) {
    ShellPage home = logIn(parent, "/parent", "home.parent.title");
    long childId = demo.account(child);
    String toSign = "#liaison-to-sign-" + childId;
    assertThat(text(toSign)).contains(French.text("liaison.part.toSign"), TITLE);
    assertAccessible(parent + "'s home with a notice to sign");
    String button =
        toSign + " vaadin-button[aria-describedby='liaison-home-" + childId + "-" + notice + "']";
    Keyboard.moveFocusTo(browser, "J'ai lu on " + TITLE, button);
    assertThat(Focused.now(browser).name()).isEqualTo(French.text("liaison.ack.button"));
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    browser.enter();
    browser.waitUntil(
        () -> signatures(notice, parent) == 1, () -> parent + "'s signature recorded");
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js(
                    "const a = document.activeElement;"
                        + " return !!a && a.classList.contains('liaison-signed')"
                        + " && a.textContent.includes(arguments[0]);",
                    TITLE)),
        () -> "the focus on the signature said, it is on " + browser.describeFocus());
    PageChecks.assertFocusVisibleAndNotObscured(browser);
    String thanks = French.text("liaison.ack.done", TITLE, "").split(" le ")[0];
    browser.waitUntil(
        () -> home.announced().startsWith(thanks),
        () -> "the signature announced, got " + home.announced());
    assertAccessible(parent + "'s home after signing");
  }

  private ShellPage logIn(String username, String home, String titleKey) {
    return LoginPage.open(browser).logIn(username, DemoData.PASSWORD, home, French.title(titleKey));
  }

  private int classSize() {
    return jdbc.sql("select count(*) from enrolment where class_id = ?")
        .param(demo.schoolClass(RoleJourneysBrowserTest.FERRY, "CE1"))
        .query(Integer.class)
        .single();
  }

  private long signatures(long notice, String parent) {
    return jdbc.sql(
            "select count(*) from liaison_ack k join account a on a.id = k.parent_id"
                + " where k.notice_id = ? and a.username = ?")
        .params(notice, parent)
        .query(Long.class)
        .single();
  }

  private String text(String selector) {
    return (String)
        browser.js("return document.querySelector(arguments[0]).textContent.trim()", selector);
  }
}
