package fr.passerelle.app.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.app.PasserelleTest;
import fr.passerelle.app.RunAs;
import fr.passerelle.app.SecondNode;
import fr.passerelle.app.filtering.internal.FilteringRuntime;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two nodes on one database: a site the administrator blocks on one node is blocked by the other
 * node's decision API too, and open again there once unblocked (each node's engine is rebuilt on
 * the live channel's signal).
 */
@PasserelleTest
class FilteringTwoNodesTest {

  @Autowired FilteringListService lists;
  @Autowired UserDetailsService users;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aLocalBlockMadeOnOneNodeBlocksOnTheOther() throws Exception {
    SecondNode other = SecondNode.get();
    String site = "deux-noeuds-" + System.nanoTime() + ".example";
    assertThat(decisionOn(other, site)).as("open before").contains("\"decision\":\"allow\"");

    RunAs.as(
        users,
        "admin",
        () -> {
          lists.addLocal(FilteringRuntime.LOCAL_BLOCK, site);
          return null;
        });
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(decisionOn(other, site))
                    .contains("\"decision\":\"block\"", "\"category\":\"local-block\""));

    long id =
        RunAs.as(
            users,
            "admin",
            () ->
                lists.localEntries().stream()
                    .filter(e -> e.entry().equals(site))
                    .findFirst()
                    .orElseThrow()
                    .id());
    RunAs.as(
        users,
        "admin",
        () -> {
          lists.removeLocal(id);
          return null;
        });
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(decisionOn(other, site)).contains("\"decision\":\"allow\""));
  }

  private String decisionOn(SecondNode node, String site) throws Exception {
    String query = "url=" + URLEncoder.encode("https://" + site + "/", StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(node.url("api/filtrage/decision?" + query)))
            .header("Authorization", "Bearer filtering-test-token")
            .build();
    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return answer.body();
  }
}
