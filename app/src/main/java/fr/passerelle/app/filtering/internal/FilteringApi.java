package fr.passerelle.app.filtering.internal;

import fr.passerelle.app.filtering.Explanation;
import fr.passerelle.app.filtering.FilteringException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision API for proxies and scripts: {@code GET /api/filtrage/decision?url=...} with
 * optional {@code client} (address, finds the school by its network), {@code ecole}, {@code classe}
 * and {@code instant} (ISO-8601), authenticated by {@code Authorization: Bearer <token>} (property
 * {@code passerelle.filtering.api-token}; the API is closed while it is empty). JSON. Each decision
 * is counted (school, day, category, allowed or blocked: see {@link DecisionCounts}).
 */
@RestController
class FilteringApi {

  private final FilteringRuntime runtime;
  private final DecisionCounts counts;
  private final byte[] token;

  FilteringApi(
      FilteringRuntime runtime,
      DecisionCounts counts,
      @Value("${passerelle.filtering.api-token:}") String token) {
    this.runtime = runtime;
    this.counts = counts;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @GetMapping(value = "/api/filtrage/decision", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> decide(
      @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
      @RequestParam(name = "url", required = false) @Nullable String url,
      @RequestParam(name = "client", required = false) @Nullable String client,
      @RequestParam(name = "ecole", required = false) @Nullable Long school,
      @RequestParam(name = "classe", required = false) @Nullable Long schoolClass,
      @RequestParam(name = "instant", required = false) @Nullable String instant) {
    if (token.length == 0
        || authorization == null
        || !MessageDigest.isEqual(
            token, authorization.replaceFirst("^Bearer ", "").getBytes(StandardCharsets.UTF_8))) {
      return error(HttpStatus.UNAUTHORIZED, "a valid token is needed");
    }
    if (url == null) {
      return error(HttpStatus.BAD_REQUEST, "url is required");
    }
    Instant time;
    try {
      time = instant == null ? runtime.now() : Instant.parse(instant);
    } catch (DateTimeParseException e) {
      return error(HttpStatus.BAD_REQUEST, "instant is not ISO-8601");
    }
    try {
      Explanation e = runtime.explain(url, client, school, schoolClass, time);
      counts.record(e, time);
      return ResponseEntity.ok(json(e));
    } catch (FilteringException e) {
      return error(HttpStatus.BAD_REQUEST, "not a URL");
    }
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"error\":" + quote(message) + "}");
  }

  static String json(Explanation e) {
    StringBuilder b = new StringBuilder("{");
    b.append("\"url\":").append(quote(e.url()));
    b.append(",\"decision\":").append(quote(e.allowed() ? "allow" : "block"));
    b.append(",\"step\":").append(e.step());
    b.append(",\"scope\":").append(quote(e.scope()));
    b.append(",\"rule\":").append(quote(e.rule()));
    b.append(",\"category\":").append(quote(e.category()));
    b.append(",\"matched\":").append(quote(e.matched()));
    b.append(",\"school\":").append(e.schoolId());
    b.append(",\"class\":").append(e.classId());
    b.append(",\"chain\":[");
    List<String> chain = e.chain();
    for (int i = 0; i < chain.size(); i++) {
      b.append(i == 0 ? "" : ",").append(quote(chain.get(i)));
    }
    return b.append("]}").toString();
  }

  static String quote(@Nullable String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
