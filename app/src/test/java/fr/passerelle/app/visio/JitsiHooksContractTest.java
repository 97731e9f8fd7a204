package fr.passerelle.app.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.SettableClock;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reservation and presence endpoints as the Jitsi deployment calls them over HTTP: Prosody's
 * reservation form ({@code name}, {@code start_time}, {@code mail_owner}) and event_sync's JSON
 * payloads, with the shared secret as a bearer token.
 */
@PasserelleTest
@BothDatabases
class JitsiHooksContractTest {

  static final String SECRET = "test-hook-secret-for-the-jitsi-deployment";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  @LocalServerPort int port;
  @Autowired VisioSessions sessions;
  @Autowired VisioAttendance attendance;
  @Autowired JdbcClient jdbc;
  @Autowired SettableClock clock;
  @Autowired UserDetailsService users;
  VisioTestSupport t;
  SignedIn signedIn;
  long session;
  String room;

  @BeforeEach
  void scheduleMondaySession() {
    t = new VisioTestSupport(jdbc, clock);
    signedIn = new SignedIn(users);
    t.at(VisioTestSupport.MONDAY_9.minusDays(3));
    signedIn.as("enseignante.ferry");
    session = t.track(sessions.schedule(t.ce1(), "Lecture", VisioTestSupport.MONDAY_9, 45, true));
    room = t.room(session);
    signedIn.nobody();
    t.at(VisioTestSupport.MONDAY_9.minusMinutes(1));
  }

  @AfterEach
  void cleanUp() {
    t.cleanUp();
  }

  @Test
  void aScheduledRoomIsReservedDuringItsOccurrenceWithDurationAndLobby() throws Exception {
    HttpResponse<String> response =
        reserve(SECRET, room.toUpperCase(java.util.Locale.ROOT), "2030-01-07T07:59:00.000Z");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    Map<String, Object> body = object(response.body());
    assertThat(body)
        .containsEntry("id", session)
        .containsEntry("name", room)
        .containsEntry("mail_owner", "focus@auth.meet.example.fr")
        .containsEntry("start_time", "2030-01-07T08:00:00Z")
        .containsEntry("duration", 2700L)
        .containsEntry("lobby", true);

    HttpResponse<String> end =
        send("DELETE", "/api/visio/conference/" + session, SECRET, null, null);
    assertThat(end.statusCode()).isEqualTo(200);
    assertThat(send("DELETE", "/api/visio/conference/999999999", SECRET, null, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void unknownRoomsAndRoomsOutsideTheirTimeAreRefused() throws Exception {
    HttpResponse<String> unknown = reserve(SECRET, "classe-aaaaaaaaaaaaaaaaaaaaaaaaaa", null);
    assertThat(unknown.statusCode()).isEqualTo(403);
    assertThat(object(unknown.body())).containsKey("message");
    t.at(VisioTestSupport.MONDAY_9.plusHours(3));
    assertThat(reserve(SECRET, room, null).statusCode()).isEqualTo(403);
    assertThat(reserve(SECRET, "", null).statusCode()).isEqualTo(400);
  }

  @Test
  void aBadOrMissingSecretIsRefusedAndAudited() throws Exception {
    long before = hookRefusals();
    assertThat(reserve("not-the-secret", room, null).statusCode()).isEqualTo(401);
    assertThat(reserve(null, room, null).statusCode()).isEqualTo(401);
    assertThat(
            send("POST", "/api/visio/events/occupant/joined", "wrong", "application/json", "{}")
                .statusCode())
        .isEqualTo(401);
    assertThat(hookRefusals()).isEqualTo(before + 3);
    assertThat(presenceCount()).isZero();
  }

  @Test
  void presenceEventsFeedTheAttendance() throws Exception {
    long lea = t.demo.account("lea.martin");
    String created =
        """
        {"event_name":"muc-room-created","room_name":"%s","room_jid":"%s@conference.meet.example.fr",
         "is_breakout":false,"breakout_room_id":null,"created_at":1894003140}
        """
            .formatted(room, room);
    assertThat(event("room/created", created).statusCode()).isEqualTo(200);
    String joined =
        """
        {"event_name":"muc-occupant-joined","room_name":"%s","room_jid":"%s@conference.meet.example.fr",
         "is_breakout":false,"breakout_room_id":null,
         "occupant":{"occupant_jid":"3f1c2b@meet.example.fr/eb0a","name":"Léa Martin",
                     "email":null,"id":"%d","joined_at":1894003260}}
        """
            .formatted(room, room, lea);
    assertThat(event("occupant/joined", joined).statusCode()).isEqualTo(200);
    String focus =
        """
        {"event_name":"muc-occupant-joined","room_name":"%s",
         "occupant":{"occupant_jid":"focus@auth.meet.example.fr/focus","name":"focus","joined_at":1894003200}}
        """
            .formatted(room);
    assertThat(event("occupant/joined", focus).statusCode()).isEqualTo(200);
    String leftEvent =
        """
        {"event_name":"muc-occupant-left","room_name":"%s","room_jid":"%s@conference.meet.example.fr",
         "is_breakout":false,"breakout_room_id":null,
         "occupant":{"occupant_jid":"3f1c2b@meet.example.fr/eb0a","name":"Léa Martin",
                     "email":null,"id":"%d","joined_at":1894003260,"left_at":1894005060}}
        """
            .formatted(room, room, lea);
    assertThat(event("occupant/left", leftEvent).statusCode()).isEqualTo(200);
    String destroyed =
        """
        {"event_name":"muc-room-destroyed","room_name":"%s","room_jid":"%s@conference.meet.example.fr",
         "is_breakout":false,"created_at":1894003140,"destroyed_at":1894005900,
         "all_occupants":[{"occupant_jid":"3f1c2b@meet.example.fr/eb0a","name":"Léa Martin",
           "email":null,"id":"%d","joined_at":1894003260,"left_at":1894005060}]}
        """
            .formatted(room, room, lea);
    assertThat(event("room/destroyed", destroyed).statusCode()).isEqualTo(200);

    assertThat(presenceCount()).isEqualTo(1);
    assertThat(
            jdbc.sql("select account_id from visio_presence where session_id = ?")
                .param(session)
                .query(Long.class)
                .single())
        .as("the token's user id links the stay to Léa's account")
        .isEqualTo(lea);
    t.at(VisioTestSupport.MONDAY_9.plusHours(1));
    signedIn.as("enseignante.ferry");
    try {
      assertThat(attendance.attendance(session))
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.name()).isEqualTo("Léa Martin");
                assertThat(line.duration()).hasMinutes(30);
              });
    } finally {
      signedIn.nobody();
    }
  }

  @Test
  void unknownRoomsAndMalformedEventsAreRefused() throws Exception {
    String unknown =
        """
        {"event_name":"muc-occupant-joined","room_name":"classe-zzzzzzzzzzzzzzzzzzzzzzzzzz",
         "occupant":{"occupant_jid":"x@meet.example.fr/y","name":"X","id":"1","joined_at":1894003260}}
        """;
    assertThat(event("occupant/joined", unknown).statusCode()).isEqualTo(404);
    assertThat(event("occupant/joined", "{not json").statusCode()).isEqualTo(400);
    assertThat(event("occupant/joined", "").statusCode()).isEqualTo(400);
    assertThat(event("occupant/joined", "null").statusCode()).isEqualTo(400);
    assertThat(event("occupant/joined", "[{\"room_name\":\"" + room + "\"}]").statusCode())
        .isEqualTo(400);
    assertThat(event("room/created", "{\"room_name\":\"" + room + "\"} {}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> malformed = event("occupant/joined", "{not json");
    assertThat(object(malformed.body())).isEqualTo(Map.of("message", "Malformed JSON"));
    assertThat(event("occupant/joined", "{\"room_name\":\"" + room + "\"}").statusCode())
        .isEqualTo(400);
    assertThat(event("room/renamed", "{\"room_name\":\"" + room + "\"}").statusCode())
        .isEqualTo(404);
    assertThat(presenceCount()).isZero();
  }

  @Test
  void anEventIsReadAsJsonWhateverItsContentType() throws Exception {
    String created = "{\"event_name\":\"muc-room-created\",\"room_name\":\"" + room + "\"}";
    assertThat(
            send("POST", "/api/visio/events/room/created", SECRET, "text/plain", created)
                .statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> reserve(String secret, String name, String startTime)
      throws IOException, InterruptedException {
    StringBuilder form = new StringBuilder("name=" + enc(name));
    if (startTime != null) {
      form.append("&start_time=").append(enc(startTime));
    }
    form.append("&mail_owner=").append(enc("focus@auth.meet.example.fr"));
    return send(
        "POST",
        "/api/visio/conference",
        secret,
        "application/x-www-form-urlencoded",
        form.toString());
  }

  private HttpResponse<String> event(String path, String json)
      throws IOException, InterruptedException {
    return send("POST", "/api/visio/events/" + path, SECRET, "application/json", json);
  }

  private HttpResponse<String> send(
      String method, String path, String secret, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (secret != null) {
      request.header("Authorization", "Bearer " + secret);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private long hookRefusals() {
    return jdbc.sql("select count(*) from audit_event where kind = 'VISIO_HOOK_REFUSED'")
        .query(Long.class)
        .single();
  }

  private long presenceCount() {
    return jdbc.sql("select count(*) from visio_presence where session_id = ?")
        .param(session)
        .query(Long.class)
        .single();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> object(String json) {
    return JSON.readValue(json, new TypeReference<>() {});
  }
}
