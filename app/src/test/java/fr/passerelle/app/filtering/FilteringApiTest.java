package fr.passerelle.app.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.app.PasserelleTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The decision API for proxies: the shared token, JSON answers, the school found by network. */
@PasserelleTest
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

    assertThat(get(url("not an address"), "filtering-test-token").statusCode()).isEqualTo(400);
    assertThat(
            get("instant=yesterday&" + url("https://lumni.fr/"), "filtering-test-token")
                .statusCode())
        .isEqualTo(400);
  }
}
