package fr.passerelle.app.visio.internal;

import fr.passerelle.app.platform.SchoolTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Jitsi deployment tells the application, once its shared secret is checked: Prosody's
 * reservation requests (only scheduled rooms, during their occurrence) and the presence events that
 * feed attendance.
 */
@Component
@Transactional
public class JitsiHookHandler {

  /** A reservation answer: the HTTP status and the JSON body. */
  public record Answer(int status, Map<String, Object> body) {}

  private final VisioStore store;
  private final SchoolTime time;

  JitsiHookHandler(VisioStore store, SchoolTime time) {
    this.store = store;
    this.time = time;
  }

  /**
   * {@code POST /conference}: accepts a room that is a scheduled session during its current
   * occurrence, with its id, start, duration in seconds and whether the lobby is on.
   */
  public Answer reserve(@Nullable String name, @Nullable String startTime, @Nullable String owner) {
    if (name == null || name.isBlank()) {
      return new Answer(400, Map.of("message", "name is required"));
    }
    Optional<SessionRow> found = store.sessionByRoom(room(name));
    if (found.isEmpty()) {
      return new Answer(403, Map.of("message", "Unknown room: not a Passerelle session"));
    }
    SessionRow session = found.get();
    Instant now = time.now();
    Optional<Instant> occurrence = session.occurrences(time.zone()).current(now);
    if (occurrence.isEmpty()) {
      return new Answer(403, Map.of("message", "This session is not scheduled now"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", session.id());
    body.put("name", session.roomName());
    body.put("mail_owner", owner == null ? "" : owner);
    body.put("start_time", occurrence.get().toString());
    body.put("duration", session.durationMinutes() * 60L);
    body.put("lobby", session.lobby());
    return new Answer(200, body);
  }

  /** {@code DELETE /conference/{id}}: the room ended; whoever is still counted has left. */
  public Answer endReservation(long id) {
    Optional<SessionRow> session = store.session(id);
    if (session.isEmpty()) {
      return new Answer(404, Map.of("message", "Unknown conference"));
    }
    store.closeAllPresence(id, time.now());
    return new Answer(200, Map.of());
  }

  /**
   * A presence event ({@code muc-room-created}, {@code muc-room-destroyed}, {@code
   * muc-occupant-joined}, {@code muc-occupant-left}). 404 for a room that is no session.
   */
  public Answer event(String kind, Map<String, Object> event) {
    Object roomName = event.get("room_name");
    if (!(roomName instanceof String name) || name.isBlank()) {
      return new Answer(400, Map.of("message", "room_name is required"));
    }
    Optional<SessionRow> found = store.sessionByRoom(room(name));
    if (found.isEmpty()) {
      return new Answer(404, Map.of("message", "Unknown room"));
    }
    long sessionId = found.get().id();
    switch (kind) {
      case "room-created" -> {
        // Nothing to keep: occupants follow.
      }
      case "room-destroyed" -> store.closeAllPresence(sessionId, time(event, "destroyed_at"));
      case "occupant-joined", "occupant-left" -> {
        if (!(event.get("occupant") instanceof Map<?, ?> occupant)) {
          return new Answer(400, Map.of("message", "occupant is required"));
        }
        String jid = text(occupant.get("occupant_jid"));
        String id = text(occupant.get("id"));
        String occupantId = id.isEmpty() ? jid : id;
        if (occupantId.isEmpty()) {
          return new Answer(400, Map.of("message", "occupant id or occupant_jid is required"));
        }
        if (jid.startsWith("focus@")) {
          return new Answer(200, Map.of());
        }
        String displayName = text(occupant.get("name"));
        if (kind.equals("occupant-joined")) {
          store.insertPresence(
              sessionId,
              cut(occupantId, 80),
              accountId(id),
              cut(displayName.isEmpty() ? occupantId : displayName, 120),
              time(occupant, "joined_at"));
        } else {
          store.closePresence(sessionId, cut(occupantId, 80), time(occupant, "left_at"));
        }
      }
      default -> {
        return new Answer(404, Map.of("message", "Unknown event"));
      }
    }
    return new Answer(200, Map.of());
  }

  /** A room's node name: Jitsi may send {@code room@conference.domain}; names are lower case. */
  private static String room(String name) {
    int at = name.indexOf('@');
    return (at < 0 ? name : name.substring(0, at)).trim().toLowerCase(Locale.ROOT);
  }

  /** Epoch seconds (as event_sync sends them), epoch milliseconds or ISO-8601; else now. */
  private Instant time(Map<?, ?> map, String key) {
    Object value = map.get(key);
    if (value instanceof Number n) {
      long v = n.longValue();
      return v > 100_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        return time.now();
      }
    }
    return time.now();
  }

  /** The token's user id is the account id for people signed in to Passerelle. */
  private static @Nullable Long accountId(String id) {
    if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(id);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static String cut(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }
}
