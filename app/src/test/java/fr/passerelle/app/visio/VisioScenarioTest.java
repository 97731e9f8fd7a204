package fr.passerelle.app.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.accessibility.profile.Theme;
import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.SettableClock;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.profile.internal.StoredProfile;
import fr.passerelle.app.profile.internal.StoredProfileRepository;
import fr.passerelle.app.support.CsvFiles;
import fr.passerelle.app.visio.internal.JitsiHookHandler;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done means", on PostgreSQL and H2: a teacher schedules Monday's session; at that
 * time a pupil at home with the high-contrast profile joins with captions on in French, her
 * classmates join from class, her invited parent waits in the lobby until admitted; afterwards the
 * teacher sees who attended and for how long.
 */
@PasserelleTest
@BothDatabases
class VisioScenarioTest {

  @Autowired VisioSessions sessions;
  @Autowired VisioInvitations invitations;
  @Autowired VisioTickets tickets;
  @Autowired VisioAttendance visioAttendance;
  @Autowired SchoolTime time;
  @Autowired ProfileService profiles;
  @Autowired JitsiHookHandler hooks;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  @Autowired UserDetailsService users;
  VisioTestSupport t;
  SignedIn signedIn;
  @Autowired StoredProfileRepository storedProfiles;
  AccessibilityProfile leaBefore;
  Long leaUpdatedBy;
  java.time.Instant leaUpdatedAt;

  @AfterEach
  void cleanUp() {
    if (leaBefore != null) {
      // Back as the teacher left it: the profile and who changed it last, when.
      StoredProfile stored = storedProfiles.findById(t.demo.account("lea.martin")).orElseThrow();
      stored.update(leaBefore, leaUpdatedBy, leaUpdatedAt);
      storedProfiles.save(stored);
    }
    signedIn.nobody();
    t.cleanUp();
  }

  @Test
  void mondaysSessionFromSchedulingToAttendance() {
    t = new VisioTestSupport(jdbc, clock);
    signedIn = new SignedIn(users);
    // Half past ten: the demo's own Monday session (9:00, weekly) is over by then.
    LocalDateTime monday = VisioTestSupport.MONDAY_9.withHour(10).withMinute(30);

    // Friday afternoon: the teacher schedules Monday's session and invites Léa's father.
    t.at(monday.minusDays(3).withHour(16));
    signedIn.as("enseignante.ferry");
    long session = t.track(sessions.schedule(t.ce1(), "Lecture du lundi", monday, 45, true));
    invitations.inviteParent(session, t.demo.account("parent.martin"));
    assertThat(sessions.upcoming())
        .anySatisfy(
            s -> {
              assertThat(s.id()).isEqualTo(session);
              assertThat(s.next()).isEqualTo(VisioTestSupport.paris(monday));
              assertThat(s.live()).isFalse();
            });

    // Léa, at home, needs captions; her profile is high contrast (yellow on black).
    signedIn.as("lea.martin");
    StoredProfile before = storedProfiles.findById(t.demo.account("lea.martin")).orElseThrow();
    leaUpdatedBy = before.getUpdatedBy();
    leaUpdatedAt = before.getUpdatedAt();
    leaBefore = profiles.mine();
    profiles.updateMine(p -> p.toBuilder().captions(true).build());
    assertThat(profiles.mine().theme()).isEqualTo(Theme.YELLOW_ON_BLACK);
    assertThat(sessions.liveForMyClass()).isEmpty();

    // Monday, 8:58: the class is live for Léa, one join gives her captions in French.
    t.at(monday.minusMinutes(2));
    SessionSummary live = sessions.liveForMyClass().orElseThrow();
    assertThat(live.id()).isEqualTo(session);
    CallTicket lea = tickets.join(live.id());
    assertThat(lea.captions()).isTrue();
    Map<String, Object> config =
        JsonMapper.shared().readValue(lea.configJson(), new TypeReference<>() {});
    assertThat(config.get("transcription"))
        .isEqualTo(
            Map.of(
                "enabled", true, "preferredLanguage", "fr-FR", "translationLanguages", List.of()));
    assertThat(config).containsEntry("defaultLanguage", "fr");
    assertThat(lea.lobby()).isFalse();

    signedIn.as("hugo.nguyen");
    assertThat(tickets.join(session).lobby()).isFalse();
    signedIn.as("parent.martin");
    CallTicket father = tickets.join(session);
    assertThat(father.lobby()).isTrue();
    assertThat(father.moderator()).isFalse();
    signedIn.as("enseignante.ferry");
    assertThat(tickets.join(session).moderator()).isTrue();

    // The deployment reports who is in the room: the father only once admitted, at 9:10.
    String room = t.room(session);
    joined(room, "enseignante.ferry", "Amélie Durand", monday);
    joined(room, "lea.martin", "Léa Martin", monday.plusMinutes(1));
    joined(room, "hugo.nguyen", "Hugo Nguyen", monday.plusMinutes(2));
    joined(room, "parent.martin", "Karim Martin", monday.plusMinutes(10));
    left(room, "lea.martin", monday.plusMinutes(30));
    joined(room, "lea.martin", "Léa Martin", monday.plusMinutes(32));
    left(room, "lea.martin", monday.plusMinutes(40));
    t.at(monday.plusMinutes(45));
    assertThat(
            hooks.event(
                "room-destroyed",
                Map.of(
                    "event_name",
                    "muc-room-destroyed",
                    "room_name",
                    room,
                    "destroyed_at",
                    epoch(monday.plusMinutes(45)))))
        .extracting(JitsiHookHandler.Answer::status)
        .isEqualTo(200);

    // Afterwards the teacher sees who attended and for how long.
    t.at(monday.plusHours(2));
    List<AttendanceLine> attendance = visioAttendance.attendance(session);
    assertThat(attendance)
        .extracting(AttendanceLine::name, AttendanceLine::duration, AttendanceLine::joins)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Amélie Durand", Duration.ofMinutes(45), 1),
            org.assertj.core.groups.Tuple.tuple("Hugo Nguyen", Duration.ofMinutes(43), 1),
            org.assertj.core.groups.Tuple.tuple("Karim Martin", Duration.ofMinutes(35), 1),
            org.assertj.core.groups.Tuple.tuple("Léa Martin", Duration.ofMinutes(37), 2));
    String csv =
        CsvFiles.write(
            AttendanceCsv.rows(attendance, List.of("Nom", "Arrivée", "Départ", "Minutes"), time));
    assertThat(csv.lines()).hasSize(5).first().isEqualTo("Nom;Arrivée;Départ;Minutes");
    assertThat(csv).contains("Léa Martin;2030-01-07 10:31;2030-01-07 11:10;37");

    // Another teacher sees nothing of it.
    signedIn.as("enseignant.bergson.cm1");
    assertThatThrownBy(() -> visioAttendance.attendance(session))
        .isInstanceOf(VisioRefusedException.class);
  }

  private void joined(String room, String username, String name, LocalDateTime at) {
    Map<String, Object> occupant =
        Map.of(
            "occupant_jid",
            username + "@meet.example.fr/x",
            "name",
            name,
            "id",
            String.valueOf(t.demo.account(username)),
            "joined_at",
            epoch(at));
    assertThat(
            hooks.event(
                "occupant-joined",
                Map.of(
                    "event_name", "muc-occupant-joined", "room_name", room, "occupant", occupant)))
        .extracting(JitsiHookHandler.Answer::status)
        .isEqualTo(200);
  }

  private void left(String room, String username, LocalDateTime at) {
    Map<String, Object> occupant =
        Map.of(
            "occupant_jid",
            username + "@meet.example.fr/x",
            "id",
            String.valueOf(t.demo.account(username)),
            "left_at",
            epoch(at));
    assertThat(
            hooks.event(
                "occupant-left",
                Map.of("event_name", "muc-occupant-left", "room_name", room, "occupant", occupant)))
        .extracting(JitsiHookHandler.Answer::status)
        .isEqualTo(200);
  }

  private static long epoch(LocalDateTime parisTime) {
    return VisioTestSupport.paris(parisTime).getEpochSecond();
  }
}
