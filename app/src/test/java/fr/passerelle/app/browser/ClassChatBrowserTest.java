package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The class chat with two pupils and their teacher, each in their own headless Chromium, keyboard
 * only: a message typed by Léa appears in Hugo's and the teacher's windows without a reload and is
 * announced in their live regions; Hugo reads it again with Alt+Shift+L and answers with a quick
 * reply; the teacher hides a message and it turns into a notice in the pupils' windows. Zero axe
 * violations on the room as each of them sees it (Léa's own profile is yellow on black at 175 %),
 * and the chat's views in every theme.
 */
class ClassChatBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";
  static final List<String> THEMES =
      List.of("default", "contrast-dark", "contrast-light", "yellow-black");

  static final String FOCUS_IN_FIELD =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "return !!a && !!a.closest && !!a.closest('#chat-field');";

  static final String FOCUS_LABEL =
      Browser.DEEP_ACTIVE.replace("return a;", "")
          + "if (!a) return ''; const b = a.closest ? (a.closest('vaadin-button') || a) : a;"
          + " return (b.getAttribute('aria-label') || b.textContent || '').trim();";

  @LocalServerPort int port;
  private Browser lea;
  private Browser hugo;

  @AfterAll
  void closeOthers() {
    for (Browser other : new Browser[] {lea, hugo}) {
      if (other != null) {
        other.close();
      }
    }
  }

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private long roomId(long classId) {
    return jdbc.sql("select id from chat_room where external_kind = 'class' and external_key = ?")
        .param(Long.toString(classId))
        .query(Long.class)
        .single();
  }

  static ShellPage enter(Browser who, String username, String path) {
    LoginPage.open(who).submit(username, DemoData.PASSWORD);
    who.waitUntil(() -> !who.path().startsWith("/connexion"), () -> username + " logged in");
    who.waitForVaadin();
    return ShellPage.opened(who, path);
  }

  @Test
  void aMessageReachesTheOthersWithoutReloadAndIsAnnounced() {
    String path = "/chat/salon/" + roomId(demo.schoolClass(FERRY, "CE1"));
    lea = Browser.start(port);
    hugo = Browser.start(port);
    ShellPage teacherPage = enter(browser, "enseignante.ferry", path);
    ShellPage leaPage = enter(lea, "lea.martin", path);
    ShellPage hugoPage = enter(hugo, "hugo.nguyen", path);
    assertThat(teacherPage.h1())
        .isEqualTo(French.text("chat.room.class", "CE1 – École élémentaire Jules Ferry"));
    assertThat(messagesText(hugo)).contains("Demain, on va à la bibliothèque.");

    // Presence follows: the teacher sees both pupils here.
    browser.waitUntil(
        () ->
            presentText(browser).contains("Léa Martin")
                && presentText(browser).contains("Hugo Nguyen"),
        () -> "both pupils present, the teacher sees «" + presentText(browser) + "»");

    Axe.assertNoViolations(lea, "the class chat as Léa (yellow on black, 175 %)");
    Axe.assertNoViolations(hugo, "the class chat as Hugo");
    Axe.assertNoViolations(browser, "the class chat as the teacher");

    // Léa writes with the keyboard only.
    tabUntil(lea, () -> Boolean.TRUE.equals(lea.js(FOCUS_IN_FIELD)), "Léa's message field");
    PageChecks.assertFocusVisibleAndNotObscured(lea);
    lea.type("Bonjour Hugo, tu viens ?");
    lea.enter();
    lea.waitUntil(
        () -> messagesText(lea).contains("Bonjour Hugo, tu viens ?"),
        () -> "Léa's own message in her window");

    String announced =
        French.text("chat.announce.message", "Léa Martin", "Bonjour Hugo, tu viens ?");
    for (Browser other : List.of(hugo, browser)) {
      other.waitUntil(
          () -> messagesText(other).contains("Bonjour Hugo, tu viens ?"),
          () -> "the message in another window without reload: " + messagesText(other));
      other.waitUntil(
          () -> announced.equals(announcedText(other)),
          () ->
              "the live region to say «" + announced + "», it says «" + announcedText(other) + "»");
    }
    assertThat(hugo.path()).isEqualTo(path);

    // Hugo hears it again with one shortcut, then answers with a quick reply.
    hugo.altShift("l");
    String again = French.text("chat.announce.last", "Léa Martin", "Bonjour Hugo, tu viens ?");
    hugo.waitUntil(
        () -> again.equals(announcedText(hugo)),
        () ->
            "Alt+Shift+L to read «"
                + again
                + "», the live region says «"
                + announcedText(hugo)
                + "»");
    String ok = French.text("chat.quick.OK");
    tabUntil(hugo, () -> focusLabel(hugo).endsWith(ok), "the quick reply " + ok);
    PageChecks.assertFocusVisibleAndNotObscured(hugo);
    hugo.enter();
    String reply = French.text("chat.announce.message", "Hugo Nguyen", "👍 " + ok);
    lea.waitUntil(
        () -> reply.equals(announcedText(lea)),
        () -> "Léa to hear «" + reply + "», her live region says «" + announcedText(lea) + "»");

    // The teacher hides Léa's message: it becomes a notice in the pupils' windows.
    tabUntil(browser, () -> Boolean.TRUE.equals(browser.js(FOCUS_IN_FIELD)), "the teacher's field");
    String hide = French.text("chat.hide.label", "Léa Martin");
    shiftTabUntil(browser, () -> focusLabel(browser).equals(hide), hide);
    browser.enter();
    String notice = French.text("chat.hidden");
    hugo.waitUntil(
        () -> messagesText(hugo).contains(notice) && !messagesText(hugo).contains("tu viens ?"),
        () -> "the hidden message replaced by «" + notice + "» for Hugo: " + messagesText(hugo));
    assertAuditCount("CHAT_HIDDEN", "enseignante.ferry", null, 1);
  }

  @Test
  void theChatViewsPassInEveryTheme() {
    String room = "/chat/salon/" + roomId(demo.schoolClass(FERRY, "CE1"));
    SoftAssertions softly = new SoftAssertions();
    enter(browser, "enseignante.ferry", "/chat");
    check(softly, "the teacher's messages");
    ShellPage.opened(browser, room);
    check(softly, "the class chat as the teacher");
    browser.forgetSession();
    enter(browser, "admin", "/chat/administration");
    assertThat(mainText()).contains(French.text("chat.admin.multiNode"));
    check(softly, "the emergency switch");
    softly.assertAll();
  }

  private void check(SoftAssertions softly, String view) {
    Map<String, String> own = PageProfile.attributes(browser);
    try {
      for (String theme : THEMES) {
        PageProfile.with(browser, PageProfile.THEME, theme);
        softly
            .assertThat(Axe.analyze(browser, view, !theme.equals("default")).violations())
            .as("axe in %s on %s", theme, view)
            .isEmpty();
      }
      PageProfile.apply(browser, own);
      PageProfile.with(browser, PageProfile.LARGE_TARGETS, "");
      softly
          .assertThat(ThemeChecks.smallTargets(browser, 44))
          .as("targets under 44 px with large targets on %s", view)
          .isEmpty();
      PageProfile.apply(browser, own);
      PageProfile.withStyle(browser, "--pa-text-scale", "2");
      softly.assertThat(ThemeChecks.clipped(browser)).as("200 %% text on %s", view).isEmpty();
      PageProfile.apply(browser, own);
      browser.resize(320, 800);
      softly.assertThat(ThemeChecks.clipped(browser)).as("320 px on %s", view).isEmpty();
    } finally {
      browser.resize(1280, 900);
      PageProfile.apply(browser, own);
    }
  }

  private String mainText() {
    return (String) browser.js("return document.getElementById('main-content').innerText");
  }

  static String messagesText(Browser who) {
    return (String)
        who.js("const l = document.getElementById('chat-messages'); return l ? l.innerText : '';");
  }

  private static String presentText(Browser who) {
    return (String)
        who.js("const p = document.querySelector('.chat-present'); return p ? p.textContent : '';");
  }

  static String announcedText(Browser who) {
    return (String) who.js("return document.getElementById('announcer').textContent");
  }

  static String focusLabel(Browser who) {
    return String.valueOf(who.js(FOCUS_LABEL));
  }

  static void tabUntil(Browser who, java.util.function.Supplier<Boolean> reached, String what) {
    for (int i = 0; i < 60 && !reached.get(); i++) {
      who.tab();
    }
    assertThat(reached.get()).as("Tab reaches %s; focus on %s", what, who.describeFocus()).isTrue();
  }

  static void shiftTabUntil(
      Browser who, java.util.function.Supplier<Boolean> reached, String what) {
    for (int i = 0; i < 30 && !reached.get(); i++) {
      who.shiftTab();
    }
    assertThat(reached.get())
        .as("Shift+Tab reaches %s; focus on %s", what, who.describeFocus())
        .isTrue();
  }
}
