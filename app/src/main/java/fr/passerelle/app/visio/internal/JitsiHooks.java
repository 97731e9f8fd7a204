package fr.passerelle.app.visio.internal;

import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints the Jitsi deployment calls, under {@code /api/visio}: Prosody's reservation ({@code
 * POST /conference} with form fields {@code name}, {@code start_time}, {@code mail_owner}; {@code
 * DELETE /conference/{id}}) and the event_sync presence events ({@code POST
 * /events/room/created|destroyed}, {@code /events/occupant/joined|left}, JSON). Every call carries
 * {@code Authorization: Bearer <hook secret>}; anything else gets 401 and an audit entry. Event
 * bodies are read with the application's Jackson mapper whatever their content type; answers are
 * written by Spring MVC's JSON converter.
 */
@RestController
@RequestMapping(path = "/api/visio", produces = MediaType.APPLICATION_JSON_VALUE)
class JitsiHooks {

  private final JitsiHookHandler handler;
  private final VisioSettings settings;
  private final AuditLog audit;
  private final JsonMapper json;

  JitsiHooks(JitsiHookHandler handler, VisioSettings settings, AuditLog audit, JsonMapper json) {
    this.handler = handler;
    this.settings = settings;
    this.audit = audit;
    this.json = json;
  }

  @PostMapping(path = "/conference")
  ResponseEntity<Map<String, Object>> reserve(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @RequestParam(name = "name", required = false) @Nullable String name,
      @RequestParam(name = "start_time", required = false) @Nullable String startTime,
      @RequestParam(name = "mail_owner", required = false) @Nullable String owner,
      HttpServletRequest request) {
    if (!authorized(authorization, request)) {
      return unauthorized();
    }
    return answer(handler.reserve(name, startTime, owner));
  }

  @DeleteMapping(path = "/conference/{id}")
  ResponseEntity<Map<String, Object>> end(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @PathVariable("id") long id,
      HttpServletRequest request) {
    if (!authorized(authorization, request)) {
      return unauthorized();
    }
    return answer(handler.endReservation(id));
  }

  @PostMapping(path = "/events/{subject}/{what}", consumes = MediaType.ALL_VALUE)
  ResponseEntity<Map<String, Object>> event(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @PathVariable("subject") String subject,
      @PathVariable("what") String what,
      @RequestBody(required = false) byte @Nullable [] body,
      HttpServletRequest request) {
    if (!authorized(authorization, request)) {
      return unauthorized();
    }
    Map<String, Object> event = object(body);
    if (event == null) {
      return answer(new JitsiHookHandler.Answer(400, Map.of("message", "Malformed JSON")));
    }
    return answer(handler.event(subject + "-" + what, event));
  }

  /** The body as a JSON object; null when it is empty, malformed or not an object. */
  @SuppressWarnings("unchecked")
  private @Nullable Map<String, Object> object(byte @Nullable [] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return json.readValue(body, Map.class);
    } catch (JacksonException e) {
      return null;
    }
  }

  private boolean authorized(@Nullable String authorization, HttpServletRequest request) {
    String secret = settings.properties().effectiveHookSecret();
    String given =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).trim()
            : "";
    boolean ok =
        !secret.isEmpty()
            && MessageDigest.isEqual(
                secret.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      audit.record(
          AuditKind.VISIO_HOOK_REFUSED,
          null,
          request.getRemoteAddr(),
          request.getRequestURI(),
          given.isEmpty() ? "no secret" : "bad secret");
    }
    return ok;
  }

  private static ResponseEntity<Map<String, Object>> unauthorized() {
    return ResponseEntity.status(401).body(Map.of("message", "Bad or missing secret"));
  }

  private static ResponseEntity<Map<String, Object>> answer(JitsiHookHandler.Answer answer) {
    return ResponseEntity.status(answer.status()).body(answer.body());
  }
}
