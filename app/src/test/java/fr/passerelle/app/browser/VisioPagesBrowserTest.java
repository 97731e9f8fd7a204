package fr.passerelle.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.visio.Visiophone;
import fr.passerelle.media.visio.RoomNames;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The teacher's visio pages (sessions, one session's invitations and attendance) by keyboard, in
 * every theme; and the visiophone: a pupil calls the class, the teacher's open home rings through
 * server push, is announced, and the teacher answers with the keyboard.
 */
class VisioPagesBrowserTest extends BrowserTest {

  static final String FERRY = "0420101A";

  @Autowired JdbcClient jdbc;
  @Autowired Visiophone visio;
  @Autowired UserDetailsService users;
  Instant started;
  long session;

  @BeforeEach
  void sessionWithAttendance() {
    started = Instant.now().minus(1, ChronoUnit.SECONDS);
    long ce1 = demo.schoolClass(FERRY, "CE1");
    session =
        jdbc.sql(
                "insert into visio_session (class_id, room_name, title, starts_at,"
                    + " duration_minutes, weekly, lobby, created_by, created_at)"
                    + " values (?,?,?,?,?,?,?,?,?) returning id")
            .params(
                ce1,
                RoomNames.generate(),
                "Lecture d’hier",
                started.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC),
                45,
                false,
                true,
                demo.account("enseignante.ferry"),
                started.atOffset(ZoneOffset.UTC))
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into visio_presence (session_id, occupant_id, display_name, joined_at,"
                + " left_at) values (?,?,?,?,?)")
        .params(
            session,
            String.valueOf(demo.account("lea.martin")),
            "Léa Martin",
            started.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC),
            started.minus(1, ChronoUnit.DAYS).plus(40, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC))
        .update();
  }

  @AfterEach
  void cleanUp() {
    SecurityContextHolder.clearContext();
    jdbc.sql("delete from visio_call where created_at >= ?")
        .param(started.atOffset(ZoneOffset.UTC))
        .update();
    jdbc.sql("delete from visio_session where id = ? or created_at >= ?")
        .params(session, started.atOffset(ZoneOffset.UTC))
        .update();
  }

  @Test
  void theTeacherReachesHerSessionsAndTheAttendanceWithTheKeyboard() {
    LoginPage.open(browser)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
    Keyboard.moveFocusTo(browser, "the schedule link", "#visio-schedule-link");
    String title = browser.title();
    browser.enter();
    ShellPage.arrived(browser, "/visio/seances", title);
    assertThat(browser.title()).isEqualTo(French.title("visio.sessions.pageTitle"));
    EveryTheme.assertAccessible(browser, "the teacher's visio sessions");

    ShellPage.opened(browser, "/visio/seance/" + session);
    assertThat(
            browser.js("return document.querySelector('#visio-attendance tbody th').textContent"))
        .isEqualTo("Léa Martin");
    assertThat(browser.js("return document.querySelector('#visio-attendance tbody').textContent"))
        .asString()
        .contains(French.text("visio.attendance.minutes", 40));
    EveryTheme.assertAccessible(browser, "a session's invitations and attendance");
  }

  @Test
  void aPupilsCallRingsOnTheTeachersOpenHome() {
    LoginPage.open(browser)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
    signIn("hugo.nguyen");
    try {
      visio.callMyClass();
    } finally {
      SecurityContextHolder.clearContext();
    }
    String announce = French.text("visio.ringing.announce", "Hugo Nguyen");
    browser.waitUntil(
        () ->
            announce.equals(browser.js("return document.getElementById('announcer').textContent")),
        () -> "the ringing to be announced");
    EveryTheme.assertAccessible(browser, "the teacher's home ringing");
    Keyboard.moveFocusTo(browser, "the answer button", "#visio-ringing .visio-accept");
    assertThat(Focused.now(browser).name())
        .isEqualTo(French.text("visio.ringing.accept", "Hugo Nguyen"));
    browser.enter();
    browser.waitUntil(
        () -> browser.path().startsWith("/visio/") && !browser.path().startsWith("/visio/seance"),
        () -> "the call, at " + browser.path());
    browser.waitUntil(
        () ->
            French.text("visio.announce.joined")
                .equals(browser.js("return document.getElementById('announcer').textContent")),
        () -> "the teacher to be in the call");
  }

  private void signIn(String username) {
    UserDetails user = users.loadUserByUsername(username);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }
}
