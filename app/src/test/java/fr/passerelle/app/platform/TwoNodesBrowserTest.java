package fr.passerelle.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SecondNode;
import fr.passerelle.app.browser.AppliedProfile;
import fr.passerelle.app.browser.Browser;
import fr.passerelle.app.browser.BrowserTest;
import fr.passerelle.app.browser.French;
import fr.passerelle.app.browser.LoginPage;
import fr.passerelle.app.demo.DemoData;
import fr.passerelle.app.identity.AccountAdministration;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.visio.ClassCall;
import fr.passerelle.app.visio.Visiophone;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two application nodes on one PostgreSQL database, each in its own process: this test's node (A)
 * and a {@link SecondNode} (B), with a browser on each. What is done on one node reaches the open
 * pages of the other through the live channel, without a reload; a node whose listening connection
 * dies catches up on what it missed; an account's rights change on every node at its next request.
 */
class TwoNodesBrowserTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired Visiophone visio;
  @Autowired ProfileService profiles;
  @Autowired AccountAdministration accounts;
  @Autowired LiveSignals live;

  SecondNode nodeB;
  Browser onB;
  DemoAccounts people;

  @BeforeAll
  void startNodeB() {
    // B waits two seconds before it listens again after a lost connection: the signals sent in
    // that time can only reach it through the catch-up.
    nodeB = SecondNode.get("passerelle.live.reconnect-delay=2s");
    onB = Browser.start(nodeB.port());
    people = new DemoAccounts(jdbc);
  }

  @AfterEach
  void forgetBSession() {
    onB.forgetSession();
    jdbc.sql("delete from visio_call where pupil_id = ?")
        .param(people.account("hugo.nguyen"))
        .update();
  }

  @AfterAll
  void closeB() {
    if (onB != null) {
      onB.close();
    }
  }

  @Test
  void aPupilsCallOnNodeARingsTheTeachersPageOnNodeB() {
    teacherOnB();
    ClassCall call = RunAs.as(users, "hugo.nguyen", visio::callMyClass);
    assertRinging(call);
  }

  @Test
  void aProfileChangedOnNodeAAppliesOnThePupilsOpenPageOnNodeBWithoutReload() {
    LoginPage.open(onB)
        .logIn("lea.martin", DemoData.PASSWORD, "/eleve", French.title("home.pupil.title"));
    onB.js("window.__sameDocument = true");
    boolean before = AppliedProfile.read(onB).has("data-reading-ruler");
    long lea = people.account("lea.martin");
    try {
      RunAs.as(
          users,
          "enseignante.ferry",
          () ->
              profiles.updateForPupil(
                  lea, p -> p.toBuilder().readingRuler(!p.readingRuler()).build()));
      onB.waitUntil(
          () -> AppliedProfile.read(onB).has("data-reading-ruler") != before,
          () -> "Léa's page on node B to apply the reading ruler changed on node A");
      assertThat(onB.js("return window.__sameDocument === true"))
          .as("the page was not reloaded")
          .isEqualTo(true);
      onB.waitUntil(
          () ->
              French.text("toolbar.changed.elsewhere")
                  .equals(onB.js("return document.getElementById('announcer').textContent")),
          () -> "the change to be announced on Léa's page");
    } finally {
      RunAs.as(
          users,
          "enseignante.ferry",
          () -> profiles.updateForPupil(lea, p -> p.toBuilder().readingRuler(before).build()));
    }
  }

  @Test
  void aNodeWhoseListeningConnectionDiedCatchesUpOnWhatItMissed() {
    teacherOnB();
    List<Integer> listenersOfB = listenersOtherThan(live.nodeId());
    assertThat(listenersOfB).as("node B's listening connection").hasSize(1);
    jdbc.sql("select pg_terminate_backend(?)").param(listenersOfB.getFirst()).query().singleRow();
    // Sent while node B cannot hear anything.
    ClassCall call = RunAs.as(users, "hugo.nguyen", visio::callMyClass);
    assertRinging(call);
    List<Integer> again = listenersOtherThan(live.nodeId());
    assertThat(again).as("node B listens again, on a new connection").hasSize(1);
    assertThat(again).doesNotContainAnyElementsOf(listenersOfB);
  }

  @Test
  void aDemotedTeacherAndADisabledParentAreRefusedAtTheirNextActionOnEitherNode() {
    long teacher = people.account("referent.ferry");
    long parent = people.account("parent.nguyen");
    LoginPage.open(onB)
        .logIn("referent.ferry", DemoData.PASSWORD, "/referent", French.title("home.tice.title"));
    LoginPage.open(browser)
        .logIn("parent.nguyen", DemoData.PASSWORD, "/parent", French.title("home.parent.title"));
    long deniedBefore = people.auditCount("ACCESS_DENIED", "referent.ferry", "/cahier-de-textes");
    long endedBefore = people.auditCount("SESSION_ENDED", "parent.nguyen", null);
    try {
      RunAs.as(
          users,
          "admin",
          () -> {
            accounts.revoke(teacher, Role.TEACHER);
            accounts.disable(parent);
            return null;
          });
      // On node B, the teacher's lesson book is refused now, and the refusal is audited.
      onB.open("/cahier-de-textes");
      onB.waitUntil(
          () -> French.title("error.denied.title").equals(onB.title()),
          () -> "the lesson book to be refused to the demoted teacher, got " + onB.title());
      assertAuditCount("ACCESS_DENIED", "referent.ferry", "/cahier-de-textes", deniedBefore + 1);
      // On node A, the parent's session ended: her next page is the login page, audited.
      browser.open("/absences");
      browser.waitUntil(
          () -> browser.path().startsWith("/connexion"),
          () -> "the disabled parent to be sent to the login page, at " + browser.path());
      browser.waitUntil(
          () -> people.auditCount("SESSION_ENDED", "parent.nguyen", null) > endedBefore,
          () -> "the ended session to be audited");
    } finally {
      RunAs.as(
          users,
          "admin",
          () -> {
            accounts.grant(teacher, Role.TEACHER);
            accounts.enable(parent);
            return null;
          });
    }
  }

  private void teacherOnB() {
    LoginPage.open(onB)
        .logIn(
            "enseignante.ferry",
            DemoData.PASSWORD,
            "/enseignant",
            French.title("home.teacher.title"));
  }

  private void assertRinging(ClassCall call) {
    onB.waitUntil(
        () ->
            Boolean.TRUE.equals(
                onB.js(
                    "return !!document.querySelector('#visio-ringing .visio-accept')"
                        + " && document.getElementById('visio-ringing').textContent"
                        + ".includes(arguments[0])",
                    call.pupilName())),
        () -> "the teacher's page on node B to ring for " + call.pupilName());
  }

  private List<Integer> listenersOtherThan(String nodeId) {
    return jdbc.sql(
            "select pid from pg_stat_activity where application_name like ?"
                + " and application_name <> ? and datname = current_database()")
        .params(LiveSignals.LISTENER_NAME + "%", LiveSignals.LISTENER_NAME + nodeId)
        .query(Integer.class)
        .list();
  }
}
