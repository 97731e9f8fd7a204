package fr.passerelle.app.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.SettableClock;
import fr.passerelle.media.visio.JitsiTokens;
import fr.passerelle.media.visio.RoomNames;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each role's token for a live session of the CE1 at Jules Ferry, and who gets none. */
@PasserelleTest
@BothDatabases
class VisioTokensTest {

  static final String SECRET = "test-secret-for-visio-tokens-0123456789";

  @Autowired VisioSessions sessions;
  @Autowired VisioInvitations invitations;
  @Autowired VisioTickets tickets;
  @Autowired VisioAttendance attendance;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  @Autowired UserDetailsService users;
  VisioTestSupport t;
  SignedIn signedIn;
  long session;

  @BeforeEach
  void scheduleMondaySession() {
    t = new VisioTestSupport(jdbc, clock);
    signedIn = new SignedIn(users);
    t.at(VisioTestSupport.MONDAY_9.minusDays(3));
    signedIn.as("enseignante.ferry");
    session = t.track(sessions.schedule(t.ce1(), "Lecture", VisioTestSupport.MONDAY_9, 45, true));
    invitations.inviteParent(session, t.demo.account("parent.martin"));
    t.at(VisioTestSupport.MONDAY_9.plusMinutes(5));
  }

  @AfterEach
  void cleanUp() {
    signedIn.nobody();
    t.cleanUp();
  }

  @Test
  void theTeacherModeratesTheExactLowerCaseRoom() {
    signedIn.as("enseignante.ferry");
    CallTicket ticket = tickets.join(session);
    Map<String, Object> claims = JitsiTokens.verify(SECRET, ticket.jwt());
    assertThat(claims)
        .containsEntry("iss", "passerelle-test")
        .containsEntry("aud", "jitsi")
        .containsEntry("sub", "localhost")
        .containsEntry("room", t.room(session));
    assertThat(RoomNames.isValid(ticket.roomName())).isTrue();
    assertThat(ticket.roomName()).doesNotContain("ferry", "ce1", "durand");
    assertThat(user(claims))
        .containsEntry("id", String.valueOf(t.demo.account("enseignante.ferry")))
        .containsEntry("name", "Amélie Durand")
        .containsEntry("moderator", true);
    assertThat(ticket.moderator()).isTrue();
    assertThat(ticket.lobby()).isFalse();
  }

  @Test
  void theWindowOpensTenMinutesBeforeAndNeverOutlivesTheOccurrenceOrTheLifetime() {
    signedIn.as("lea.martin");
    Instant now = clock.instant();
    Map<String, Object> claims = JitsiTokens.verify(SECRET, tickets.join(session).jwt());
    Instant start = VisioTestSupport.paris(VisioTestSupport.MONDAY_9);
    assertThat(claims).containsEntry("nbf", start.minus(Duration.ofMinutes(10)).getEpochSecond());
    assertThat(claims).containsEntry("exp", now.plus(Duration.ofMinutes(10)).getEpochSecond());

    // Five minutes before the end, the token ends with the occurrence.
    t.at(VisioTestSupport.MONDAY_9.plusMinutes(40));
    Map<String, Object> late = JitsiTokens.verify(SECRET, tickets.join(session).jwt());
    assertThat(late).containsEntry("exp", start.plus(Duration.ofMinutes(45)).getEpochSecond());
    assertThat((Long) late.get("nbf")).isLessThan((Long) late.get("exp"));
  }

  @Test
  void aPupilOfTheClassJoinsWithoutModerationNorLobby() {
    signedIn.as("hugo.nguyen");
    CallTicket ticket = tickets.join(session);
    Map<String, Object> claims = JitsiTokens.verify(SECRET, ticket.jwt());
    assertThat(user(claims)).containsEntry("moderator", false).containsEntry("name", "Hugo Nguyen");
    assertThat(claims).containsEntry("room", ticket.roomName());
    assertThat(ticket.lobby()).isFalse();
  }

  @Test
  void anInvitedParentGetsATokenAndWaitsInTheLobby() {
    signedIn.as("parent.martin");
    CallTicket ticket = tickets.join(session);
    assertThat(user(JitsiTokens.verify(SECRET, ticket.jwt()))).containsEntry("moderator", false);
    assertThat(ticket.lobby()).isTrue();
  }

  @Test
  void aGuestLinkWorksOnceAndItsGuestWaitsInTheLobby() {
    signedIn.as("enseignante.ferry");
    String code = invitations.inviteByLink(session, "Claire Petit, interprète LSF");
    signedIn.nobody();
    CallTicket ticket = tickets.redeemLink(code);
    Map<String, Object> claims = JitsiTokens.verify(SECRET, ticket.jwt());
    assertThat((String) user(claims).get("id")).startsWith("invitation-");
    assertThat(user(claims)).containsEntry("moderator", false);
    assertThat(ticket.lobby()).isTrue();
    assertThat(ticket.interpreters()).containsExactly("Claire Petit, interprète LSF");
    assertThatThrownBy(() -> tickets.redeemLink(code))
        .isInstanceOfSatisfying(
            VisioRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("visio.refused.linkUsed"));
    assertThatThrownBy(() -> tickets.redeemLink("not-a-code"))
        .isInstanceOf(VisioRefusedException.class);
  }

  @Test
  void outsidersGetNoTokenAClearMessageAndAnAuditEntry() {
    refused("parent.nguyen", "visio.refused.notInvited");
    refused("enseignant.bergson.cm1", "visio.refused.notYourClass");
    refused("directrice.ferry", "visio.refused.notYourClass");
    refused("admin", "visio.refused.notYourClass");
    String pupilElsewhere =
        jdbc.sql(
                "select a.username from account a join enrolment e on e.pupil_id = a.id"
                    + " where e.class_id <> ? order by a.id limit 1")
            .param(t.ce1())
            .query(String.class)
            .single();
    refused(pupilElsewhere, "visio.refused.notYourClass");
  }

  @Test
  void noTokenBeforeTheSessionNorAfterItIsEnded() {
    t.at(VisioTestSupport.MONDAY_9.minusMinutes(11));
    refused("lea.martin", "visio.refused.notLive");
    t.at(VisioTestSupport.MONDAY_9.minusMinutes(9));
    signedIn.as("lea.martin");
    assertThat(tickets.join(session).jwt()).isNotNull();
    signedIn.as("enseignante.ferry");
    sessions.endForAll(session);
    refused("lea.martin", "visio.refused.notLive");
    // Next week's occurrence is not ended.
    t.at(VisioTestSupport.MONDAY_9.plusWeeks(1));
    signedIn.as("lea.martin");
    assertThat(tickets.join(session).jwt()).isNotNull();
  }

  @Test
  void aTeacherSchedulesOnlyForTheirOwnClasses() {
    signedIn.as("enseignant.bergson.cm1");
    String intruder = "enseignant.bergson.cm1";
    long denied = t.demo.auditCount("ACCESS_DENIED", intruder, "class:" + t.ce1());
    long tokens = t.refusals(intruder, "visio.refused.notYourClass");
    assertThatThrownBy(
            () -> sessions.schedule(t.ce1(), "Intrus", VisioTestSupport.MONDAY_9, 45, false))
        .isInstanceOfSatisfying(
            VisioRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("visio.refused.notYourClass"));
    // A scope refusal is audited once, by the scope authority, not as a token refusal.
    assertThat(t.demo.auditCount("ACCESS_DENIED", intruder, "class:" + t.ce1()))
        .isEqualTo(denied + 1);
    assertThat(t.refusals(intruder, "visio.refused.notYourClass")).isEqualTo(tokens);
    assertThatThrownBy(() -> invitations.inviteParent(session, t.demo.account("parent.nguyen")))
        .isInstanceOf(VisioRefusedException.class);
    assertThatThrownBy(() -> attendance.attendance(session))
        .isInstanceOf(VisioRefusedException.class);
    signedIn.as("enseignante.ferry");
    assertThatThrownBy(
            () -> invitations.inviteParent(session, t.demo.account("enseignant.bergson.cm1")))
        .isInstanceOfSatisfying(
            VisioRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("visio.refused.notAParentOfClass"));
    assertThatThrownBy(() -> sessions.schedule(t.ce1(), " ", VisioTestSupport.MONDAY_9, 45, false))
        .hasMessage("visio.error.title");
    assertThatThrownBy(
            () ->
                sessions.schedule(
                    t.ce1(), "Passé", VisioTestSupport.MONDAY_9.minusDays(7), 45, false))
        .hasMessage("visio.error.past");
  }

  private void refused(String username, String key) {
    signedIn.as(username);
    long before = t.refusals(username, key);
    assertThatThrownBy(() -> tickets.join(session))
        .isInstanceOfSatisfying(
            VisioRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    assertThat(t.refusals(username, key)).as(username + " audited").isEqualTo(before + 1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> user(Map<String, Object> claims) {
    return (Map<String, Object>) ((Map<String, Object>) claims.get("context")).get("user");
  }
}
