package fr.passerelle.app.filtering.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.passerelle.app.filtering.Explanation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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
 * {@code passerelle.filtering.api-token}; the API is closed while it is empty). JSON (Jackson,
 * through Spring MVC). A URL the engine cannot read is answered with a block (scope {@code
 * invalid}, the reason as the rule: fail closed); only a missing, empty or over-long {@code url} is
 * a 400. Each decision is counted (school, day, category, allowed or blocked: see {@link
 * DecisionCounts}).
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
  ResponseEntity<Object> decide(
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
    if (url.isBlank()) {
      return error(HttpStatus.BAD_REQUEST, "url is empty");
    }
    if (url.strip().length() > FilteringRuntime.MAX_URL) {
      return error(
          HttpStatus.BAD_REQUEST, "url is longer than " + FilteringRuntime.MAX_URL + " characters");
    }
    Instant time;
    try {
      time = instant == null ? runtime.now() : Instant.parse(instant);
    } catch (DateTimeParseException e) {
      return error(HttpStatus.BAD_REQUEST, "instant is not ISO-8601");
    }
    // What the engine cannot read is blocked with its reason (scope "invalid"): never refused.
    Explanation e = runtime.explain(url, client, school, schoolClass, time);
    counts.record(e, time);
    return ResponseEntity.ok(Decision.of(e));
  }

  private static ResponseEntity<Object> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("error", message));
  }

  /** The answer's JSON, written by Spring MVC's Jackson converter in this order, nulls included. */
  @JsonPropertyOrder({
    "url",
    "decision",
    "step",
    "scope",
    "rule",
    "category",
    "matched",
    "school",
    "class",
    "chain"
  })
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Decision(
      String url,
      String decision,
      int step,
      String scope,
      String rule,
      @Nullable String category,
      @Nullable String matched,
      @Nullable Long school,
      @JsonProperty("class") @Nullable Long schoolClass,
      List<String> chain) {

    static Decision of(Explanation e) {
      return new Decision(
          e.url(),
          e.allowed() ? "allow" : "block",
          e.step(),
          e.scope(),
          e.rule(),
          e.category(),
          e.matched(),
          e.schoolId(),
          e.classId(),
          e.chain());
    }
  }
}
