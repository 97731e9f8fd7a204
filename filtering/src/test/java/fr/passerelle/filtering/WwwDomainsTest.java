package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UT1 rule: a {@code domains} entry written with {@code www.} means the site: the bare domain and
 * all its subdomains, in the engine and in every export.
 */
class WwwDomainsTest {

  @Test
  void theEngineBlocksTheBareDomainAndItsSubdomains() throws Exception {
    Engine e = EngineTest.territory(Rule.of(Action.BLOCK, "forums"));

    for (String url :
        List.of(
            "http://forum-example.org/",
            "http://www.forum-example.org/x",
            "https://cdn.forum-example.org/a.js",
            "forum-example.org:443",
            "http://second-forum.example/")) {
      Decision d = EngineTest.ask(e, url);
      assertThat(d.allowed()).as(url).isFalse();
      assertThat(d.category()).as(url).isEqualTo("forums");
    }
    assertThat(EngineTest.ask(e, "http://forum-example.org/").matched())
        .isEqualTo("domain forum-example.org");
    assertThat(EngineTest.ask(e, "http://notforum-example.org/").allowed()).isTrue();
    // www followed by a single label is a name of its own: www.fr does not become fr.
    assertThat(EngineTest.ask(e, "http://www.fr/").allowed()).isFalse();
    assertThat(EngineTest.ask(e, "http://gouv.fr/").allowed()).isTrue();
    assertThat(Hosts.listDomain("WWW.Example.org")).isEqualTo("example.org");
    assertThat(Hosts.listDomain("www.fr")).isEqualTo("www.fr");
    assertThat(Hosts.listDomain("www2.example.org")).isEqualTo("www2.example.org");
  }

  @Test
  void localListsAndTheApplicationsBuilderDropItToo() throws Exception {
    Policies p =
        PolicyFile.read(
            """
            layer territory whitelist=false
            rule territory - block local-block
            local local-block domain www.local-example.org
            """);
    Engine e = new Engine(EngineTest.lists, p);
    assertThat(EngineTest.ask(e, "http://local-example.org/").allowed()).isFalse();
    assertThat(EngineTest.ask(e, "http://img.local-example.org/").allowed()).isFalse();

    CompiledLists.Builder b = new CompiledLists.Builder(16);
    b.domain("x", "www.built.example");
    assertThat(b.build().domains().find("built.example")).isNotNegative();
  }

  @Test
  void rpzAndUnboundCarryTheBareDomain() throws Exception {
    StringWriter rpz = new StringWriter();
    Exports.rpz(Fixtures.lists(), List.of("forums"), rpz, Instant.ofEpochSecond(1_700_000_000));
    assertThat(rpz.toString())
        .contains("\nforum-example.org CNAME .\n", "\n*.forum-example.org CNAME .\n")
        .contains("\nsecond-forum.example CNAME .\n")
        .doesNotContain("www.forum-example.org", "www.second-forum");

    StringWriter unbound = new StringWriter();
    Exports.unbound(Fixtures.lists(), List.of("forums"), unbound, null);
    assertThat(unbound.toString())
        .contains("local-zone: \"forum-example.org.\" always_nxdomain\n")
        .doesNotContain("www.forum-example.org");
  }

  /** cdn.forum-example.org is listed too: under its listed parent, squidGuard does not need it. */
  @Test
  void squidGuardGetsTheBareDomainWithoutTheSubdomainsItCovers(@TempDir Path tmp) throws Exception {
    Exports.squidGuard(Fixtures.lists(), List.of("forums"), tmp, "https://ent.test/bloque");
    assertThat(Files.readAllLines(tmp.resolve("forums/domains")))
        .containsExactlyInAnyOrder("forum-example.org", "second-forum.example", "www.fr");
  }
}
