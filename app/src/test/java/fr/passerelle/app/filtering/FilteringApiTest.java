package fr.passerelle.app.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.BothDatabases;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.filtering.internal.DecisionCounts;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The decision API for proxies: the shared token, JSON answers, the school found by network. */
@PasserelleTest
@BothDatabases
class FilteringApiTest {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String query, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/filtrage/decision?" + query));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String url(String u) {
    return "url=" + URLEncoder.encode(u, StandardCharsets.UTF_8);
  }

  @Test
  void withoutTheTokenNothingIsAnswered() throws Exception {
    assertThat(get(url("http://xxx.test/"), null).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = get(url("http://xxx.test/"), "guess");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain("block");
  }

  @Test
  void theProxyGetsTheDecisionWithWhatDecidedIt() throws Exception {
    HttpResponse<String> adult =
        get(url("https://www.xxx.test/video") + "&client=10.42.1.20", "filtering-test-token");
    assertThat(adult.statusCode()).isEqualTo(200);
    assertThat(adult.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(adult.body())
        .contains(
            "\"decision\":\"block\"",
            "\"scope\":\"territory\"",
            "\"category\":\"adult\"",
            "\"matched\":\"domain xxx.test\"",
            "\"chain\":[\"territory locked block adult\"");
    // 10.42.1.0/24 is Jules Ferry's network: the school is found.
    assertThat(adult.body()).doesNotContain("\"school\":null");

    HttpResponse<String> open = get(url("https://lumni.fr/"), "filtering-test-token");
    assertThat(open.body()).contains("\"decision\":\"allow\"", "\"scope\":\"default\"");
    Map<String, Object> answer = object(open.body());
    assertThat(answer.keySet())
        .containsExactly(
            "url",
            "decision",
            "step",
            "scope",
            "rule",
            "category",
            "matched",
            "school",
            "class",
            "chain");
    assertThat(answer).containsEntry("url", "https://lumni.fr/").containsEntry("school", null);
    assertThat(answer.get("chain")).isInstanceOf(List.class);

    assertThat(
            get("instant=yesterday&" + url("https://lumni.fr/"), "filtering-test-token")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void whatTheEngineCannotReadIsBlockedWithItsReason() throws Exception {
    Map<String, String> unreadable =
        Map.of(
            "not an address", "invalid host name",
            "javascript:alert(1)", "unsupported scheme javascript",
            "file:///etc/passwd", "unsupported scheme file",
            "http:///chemin", "no host",
            "https://site.test:99999/", "bad port",
            "https://site.test/a%zz", "bad percent-encoding");
    for (Map.Entry<String, String> u : unreadable.entrySet()) {
      HttpResponse<String> answer =
          get(url(u.getKey()) + "&client=10.42.1.20", "filtering-test-token");
      assertThat(answer.statusCode()).as(u.getKey()).isEqualTo(200);
      Map<String, Object> decision = object(answer.body());
      assertThat(decision)
          .as(u.getKey())
          .containsEntry("url", u.getKey())
          .containsEntry("decision", "block")
          .containsEntry("step", 0)
          .containsEntry("scope", "invalid")
          .containsEntry("rule", "unparseable request: " + u.getValue())
          .containsEntry("category", null)
          .containsEntry("matched", null)
          .containsEntry("chain", List.of());
      // The school is still found by its network: the proxy's block is counted for it.
      assertThat(decision.get("school")).as(u.getKey()).isNotNull();
    }
  }

  @Test
  void onlyAMissingEmptyOrOverlongParameterIsRefused() throws Exception {
    HttpResponse<String> missing = get("client=10.42.1.20", "filtering-test-token");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(object(missing.body())).isEqualTo(Map.of("error", "url is required"));
    for (String empty : List.of("", "   ")) {
      HttpResponse<String> answer = get(url(empty), "filtering-test-token");
      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(object(answer.body())).isEqualTo(Map.of("error", "url is empty"));
    }
    HttpResponse<String> overlong =
        get(url("https://site.test/" + "a".repeat(4000)), "filtering-test-token");
    assertThat(overlong.statusCode()).isEqualTo(400);
    assertThat(object(overlong.body()))
        .isEqualTo(Map.of("error", "url is longer than 4000 characters"));
  }

  @Autowired DecisionCounts counts;
  @Autowired JdbcClient jdbc;

  @Test
  void eachDecisionIsCountedPerSchoolDayAndCategoryAndNothingElseIsKept() throws Exception {
    // A day of its own (2020-03-02 in Paris), so that other tests' decisions are not in it.
    String day = "instant=2020-03-02T10:00:00Z&";
    jdbc.sql("delete from filtering_decision_count where decided_on = date '2020-03-02'").update();
    String ferry = "&client=10.42.1.20";
    get(day + url("https://www.xxx.test/video") + ferry, "filtering-test-token");
    get(day + url("http://sexy-chat.example/") + ferry, "filtering-test-token");
    get(day + url("https://lumni.fr/") + ferry, "filtering-test-token");
    get(day + url("https://www.xxx.test/"), "filtering-test-token"); // no school: not counted
    counts.flush();
    get(day + url("https://www.xxx.test/again") + ferry, "filtering-test-token");
    counts.flush();

    assertThat(
            jdbc.sql(
                    "select category, allowed, blocked from filtering_decision_count"
                        + " where decided_on = date '2020-03-02' order by category")
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3))
                .list())
        .containsExactly(" 1 0", "adult 0 3");
    assertThat(
            jdbc.sql(
                    "select column_name from information_schema.columns"
                        + " where table_schema = current_schema()"
                        + " and table_name = 'filtering_decision_count' order by column_name")
                .query(String.class)
                .list())
        .containsExactly("allowed", "blocked", "category", "decided_on", "school_id");
  }

  @Test
  void theSquidHelpersCountFilesAreAddedAndRemoved() throws Exception {
    long ferry = new DemoAccounts(jdbc).school("0420101A");
    jdbc.sql("delete from filtering_decision_count where decided_on = date '2020-03-03'").update();
    java.nio.file.Path folder = counts.helperCountsFolder();
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Path file = folder.resolve("counts-1-2.tsv");
    java.nio.file.Files.writeString(
        file,
        ferry
            + "\t2020-03-03\tgames\t0\t7\n"
            + "not\ta count\n"
            + ferry
            + "\t2020-03-03\t\t4\t0\n");

    counts.flush();

    assertThat(java.nio.file.Files.exists(file)).isFalse();
    assertThat(
            jdbc.sql(
                    "select category, allowed, blocked from filtering_decision_count"
                        + " where decided_on = date '2020-03-03' order by category")
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3))
                .list())
        .containsExactly(" 4 0", "games 0 7");
  }

  private static Map<String, Object> object(String json) {
    return JsonMapper.shared().readValue(json, new TypeReference<>() {});
  }
}
