package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

  @Test
  void rpzZoneBlocksEachDomainAndItsSubdomains() throws Exception {
    StringWriter out = new StringWriter();
    Exports.rpz(Fixtures.lists(), List.of("adult"), out, Instant.ofEpochSecond(1_700_000_000));
    String zone = out.toString();

    assertThat(zone).contains("$TTL 300", "@ IN SOA localhost. hostmaster.localhost. 1700000000 ");
    assertThat(zone)
        .contains(
            "\nxxx-example.com CNAME .\n",
            "\n*.xxx-example.com CNAME .\n",
            "\nxn--bcher-erotik-dlb.de CNAME .\n");
    assertThat(zone).doesNotContain("lumni.fr", "jeux-example.fr");
  }

  @Test
  void unboundLinesAnswerNxdomainOrRedirectToTheBlockPage() throws Exception {
    StringWriter plain = new StringWriter();
    Exports.unbound(Fixtures.lists(), List.of("games"), plain, null);
    assertThat(plain.toString())
        .contains("local-zone: \"jeux-example.fr.\" always_nxdomain\n")
        .doesNotContain("hot-site");

    StringWriter redirect = new StringWriter();
    Exports.unbound(Fixtures.lists(), List.of("games"), redirect, "192.0.2.10");
    assertThat(redirect.toString())
        .contains(
            "local-zone: \"jeux-example.fr.\" redirect\n",
            "local-data: \"jeux-example.fr. A 192.0.2.10\"\n");
  }

  @Test
  void squidGuardListsReadBackToTheSameEntriesWithAConfiguration(@TempDir Path tmp)
      throws Exception {
    CompiledLists lists = Fixtures.lists();
    Exports.squidGuard(
        lists, List.of("adult", "phishing"), tmp, "https://ent.test/filtrage/bloque");

    CompiledLists back = CompiledLists.compile(tmp, 16);
    int adult = lists.category("adult");
    int backAdult = back.category("adult");
    List<String> before = new java.util.ArrayList<>();
    lists.forEachDomain(adult, before::add);
    List<String> after = new java.util.ArrayList<>();
    back.forEachDomain(backAdult, after::add);
    assertThat(after).containsExactlyInAnyOrderElementsOf(before).hasSize(10);
    assertThat(Files.readAllLines(tmp.resolve("adult/urls")))
        .containsExactly("free-videos.example/adult/", "mixed-site.example/hot");
    assertThat(back.expressions(back.category("phishing"))).hasSize(2);
    assertThat(Files.readString(tmp.resolve("squidGuard.conf")))
        .contains(
            "dest adult {\n  domainlist adult/domains\n  urllist adult/urls\n}",
            "expressionlist phishing/expressions",
            "pass !adult !phishing all",
            "redirect https://ent.test/filtrage/bloque");
    assertThat(back.problemCount()).isZero();
  }
}
