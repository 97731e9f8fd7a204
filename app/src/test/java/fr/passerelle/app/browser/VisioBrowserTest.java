package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import fr.passerelle.media.visio.RoomNames;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real call view in headless Chromium with a fake camera and microphone, against the stand-in
 * IFrame API the application serves in tests (it records commands and fires events): a pupil joins
 * from her home with the keyboard only, turns her microphone on, raises her hand, hears who comes
 * and who raises a hand, and leaves; the teacher lets a waiting parent in; a call whose script
 * cannot load says so and offers the class chat. axe finds nothing, in every theme.
 */
class VisioBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";

  @Autowired JdbcClient jdbc;
  long session;
  long ce1;

  @BeforeEach
  void liveSession() {
    ce1 = demo.schoolClass(FERRY, "CE1");
    long teacher = demo.account("enseignante.ferry");
    Instant now = Instant.now();
    session =
        jdbc.sql(
                "insert into visio_session (class_id, room_name, title, starts_at,"
                    + " duration_minutes, weekly, lobby, created_by, created_at)"
                    + " values (?,?,?,?,?,?,?,?,?) returning id")
            .params(
                ce1,
                RoomNames.generate(),
                "Lecture",
                now.minus(5, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC),
                60,
                false,
                true,
                teacher,
                now.atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single();
  }

  @AfterEach
  void removeSession() {
    jdbc.sql("delete from visio_session where id = ?").param(session).update();
  }

  @Test
  void aPupilJoinsFromHerHomeWithTheKeyboardMutesRaisesHerHandAndLeaves() {
    LoginPage.open(browser)
        .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    assertThat(browser.js("return document.querySelector('#visio-pupil h2').textContent"))
        .isEqualTo(French.text("visio.home.live"));

    // One key press on the large button, after moving to it with Tab.
    Keyboard.moveFocusTo(browser, "the join button", "#visio-join-class");
    browser.enter();
    browser.waitUntil(
        () -> browser.path().equals("/visio/" + session),
        () -> "the call view, at " + browser.path());
    assertAnnounced(French.text("visio.announce.joined"));
    browser.waitUntil(
        () ->
            Boolean.TRUE.equals(
                browser.js("return !!window.jitsiStandIn && window.jitsiStandIn.mediaReady")),
        () ->
            "the fake camera and microphone, error: "
                + browser.js("return window.jitsiStandIn && window.jitsiStandIn.mediaError"));
    Map<String, Object> opened =
        browser.jsMap(
            "const o = window.jitsiStandIn.options; return {domain: window.jitsiStandIn.domain,"
                + " room: o.roomName, jwt: o.jwt, lang: o.lang,"
                + " language: o.configOverwrite.defaultLanguage,"
                + " muted: o.configOverwrite.startWithAudioMuted,"
                + " hideName: o.configOverwrite.prejoinConfig.hideDisplayName,"
                + " title: window.jitsiStandIn.getIFrame().title};");
    assertThat(opened.get("domain")).asString().endsWith("/jitsi-stand-in");
    assertThat(opened.get("room")).asString().startsWith("classe-");
    assertThat(opened.get("jwt")).asString().contains(".");
    assertThat(opened)
        .containsEntry("lang", "fr")
        .containsEntry("language", "fr")
        .containsEntry("muted", true)
        .containsEntry("hideName", true)
        .containsEntry("title", French.text("visio.call.frameTitle", "Lecture"));
    PageChecks.assertSingleLevelOneHeading(browser, French.text("visio.call.title", "Lecture"));
    everyTheme("the call view of a pupil");
    // Tab after the controls enters the call itself; its frame shows the focus.
    Keyboard.moveFocusTo(browser, "the call's frame", "#visio-frame iframe");

    Keyboard.moveFocusTo(browser, "the microphone button", "#visio-microphone");
    assertThat(Focused.now(browser).name()).isEqualTo(French.text("visio.controls.micOn"));
    browser.enter();
    assertAnnounced(French.text("visio.announce.micOn"));
    assertThat(commands()).contains("toggleAudio");
    assertThat(text("#visio-microphone")).isEqualTo(French.text("visio.controls.micOff"));

    Keyboard.moveFocusTo(browser, "the raise-hand button", "#visio-hand");
    browser.enter();
    assertAnnounced(French.text("visio.announce.myHandUp"));
    assertThat(commands()).contains("toggleRaiseHand");

    browser.js(
        "window.jitsiStandIn.fire('participantJoined', {id: 'p2', displayName: 'Léa Martin'})");
    assertAnnounced(French.text("visio.announce.participantJoined", "Léa Martin"));
    browser.js("window.jitsiStandIn.fire('raiseHandUpdated', {id: 'p2', handRaised: 1700000000})");
    assertAnnounced(French.text("visio.announce.handUp", "Léa Martin"));
    browser.js("window.jitsiStandIn.fire('participantLeft', {id: 'p2'})");
    assertAnnounced(French.text("visio.announce.participantLeft", "Léa Martin"));

    Keyboard.moveFocusTo(browser, "the leave button", "#visio-leave");
    browser.enter();
    assertAnnounced(French.text("visio.announce.left"));
    assertThat(commands()).contains("hangup");
    browser.waitUntil(
        () -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('#visio-home')")),
        () -> "the way home after leaving");
    assertAccessible("the call view after leaving");
  }

  @Test
  void theTeacherLetsTheWaitingParentIn() {
    LoginPage.open(browser)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
    // The call's own announcement follows the page's at once: wait for it rather than the page's.
    browser.open("/visio/" + session);
    assertAnnounced(French.text("visio.announce.joined"));
    assertThat(browser.title())
        .isEqualTo(
            French.title("visio.call.pageTitle", French.text("visio.call.title", "Lecture")));
    assertThat(commandArgs("toggleLobby")).containsExactly(List.of(true));

    browser.js(
        "window.jitsiStandIn.fire('knockingParticipant',"
            + " {participant: {id: 'k1', name: 'Karim Martin'}})");
    assertAnnounced(French.text("visio.announce.knock", "Karim Martin"));
    everyTheme("the call view of a teacher with someone in the lobby");
    Keyboard.moveFocusTo(browser, "the admit button", "#visio-lobby-list .visio-admit");
    assertThat(Focused.now(browser).name())
        .isEqualTo(French.text("visio.lobby.admit", "Karim Martin"));
    browser.enter();
    assertAnnounced(French.text("visio.announce.admitted", "Karim Martin"));
    assertThat(commandArgs("answerKnockingParticipant")).containsExactly(List.of("k1", true));

    Keyboard.moveFocusTo(browser, "mute everyone", "#visio-mute-everyone");
    browser.enter();
    assertAnnounced(French.text("visio.announce.everyoneMuted"));
    assertThat(commands()).contains("muteEveryone");
  }

  @Test
  void whenTheScriptCannotLoadTheViewSaysSoAndOffersTheClassChat() {
    var driver = browser.driver();
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*external_api.js")));
    try {
      LoginPage.open(browser)
          .logIn("hugo.nguyen", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
      browser.open("/visio/" + session);
      assertAnnounced(French.text("visio.fallback.message"));
      assertThat(text("#visio-fallback-message")).isEqualTo(French.text("visio.fallback.message"));
      assertThat(
              browser.js(
                  "return document.querySelector('#visio-fallback-chat').getAttribute('href')"))
          .isEqualTo("chat/classe/" + ce1);
      assertThat(browser.js("return document.querySelector('#visio-frame').checkVisibility()"))
          .isEqualTo(false);
      assertAccessible("the call view without its script");
    } finally {
      driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }
  }

  @Test
  void anOutsiderReadsWhyAndGetsNoCall() {
    LoginPage.open(browser)
        .logIn("parent.nguyen", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    ShellPage.opened(browser, "/visio/" + session);
    assertThat(text("#visio-refused")).isEqualTo(French.text("visio.refused.notInvited"));
    assertThat(browser.js("return !!window.jitsiStandIn")).isEqualTo(false);
    assertAccessible("a refused call");
  }

  private void assertAnnounced(String message) {
    browser.waitUntil(
        () -> message.equals(browser.js("return document.getElementById('announcer').textContent")),
        () ->
            "the live region to say «"
                + message
                + "», it says «"
                + browser.js("return document.getElementById('announcer').textContent")
                + "»");
  }

  private String text(String selector) {
    return (String)
        browser.js("return document.querySelector(arguments[0]).textContent.trim()", selector);
  }

  private List<String> commands() {
    return browser.jsStrings("return window.jitsiStandIn.commands.map(c => c.name)");
  }

  @SuppressWarnings("unchecked")
  private List<List<Object>> commandArgs(String name) {
    List<Object> found =
        (List<Object>)
            browser.js(
                "return window.jitsiStandIn.commands.filter(c => c.name === arguments[0])"
                    + ".map(c => c.args)",
                name);
    List<List<Object>> args = new ArrayList<>();
    found.forEach(a -> args.add((List<Object>) a));
    return args;
  }

  private void everyTheme(String view) {
    EveryTheme.assertAccessible(browser, view);
  }
}
