package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** A Tuesday at 10:00 and at 15:00, Paris time. */
  static final Instant TUESDAY_10 = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, PARIS).toInstant();

  static final Instant TUESDAY_15 = ZonedDateTime.of(2026, 12, 1, 15, 0, 0, 0, PARIS).toInstant();
  static final Instant WEDNESDAY_15 = TUESDAY_15.plusSeconds(86_400);

  static final CompiledLists lists = Fixtures.shared();

  static Engine territory(Rule... rules) {
    return new Engine(lists, Policies.territoryOnly(new Layer("territory", false, List.of(rules))));
  }

  static Decision ask(Engine engine, String url) {
    return engine.decide(new Request(null, null, null, url, TUESDAY_10));
  }

  @Test
  void aDomainCoversItsSubdomainsButNotLookAlikes() {
    Engine e = territory(Rule.of(Action.BLOCK, "adult"));

    assertThat(ask(e, "http://xxx-example.com/").allowed()).isFalse();
    assertThat(ask(e, "https://www.xxx-example.com/page").allowed()).isFalse();
    assertThat(ask(e, "http://a.b.c.xxx-example.com").allowed()).isFalse();
    assertThat(ask(e, "http://notxxx-example.com/").allowed()).isTrue();
    assertThat(ask(e, "http://xxx-example.com.evil.test/").allowed()).isTrue();
    assertThat(ask(e, "http://example.com/").allowed()).isTrue();
  }

  @Test
  void theDecisionNamesTheRuleTheCategoryAndTheEntry() {
    Engine e = territory(Rule.of(Action.ALLOW, "education"), Rule.of(Action.BLOCK, "adult"));

    Decision d = ask(e, "https://www.Hot-Site.example.org/x");

    assertThat(d.allowed()).isFalse();
    assertThat(d.step()).isEqualTo(2);
    assertThat(d.scope()).isEqualTo("territory");
    assertThat(d.category()).isEqualTo("adult");
    assertThat(d.matched()).isEqualTo("domain hot-site.example.org");
    assertThat(ask(e, "https://lumni.fr/").step()).isEqualTo(1);
    assertThat(ask(e, "https://lumni.fr/").category()).isEqualTo("education");
    assertThat(ask(e, "https://other.test/").scope()).isEqualTo("default");
  }

  @Test
  void caseAndInternationalNamesInEitherFormMatch() {
    Engine e = territory(Rule.of(Action.BLOCK, "adult"), Rule.of(Action.BLOCK, "education"));

    assertThat(ask(e, "HTTP://XXX-EXAMPLE.COM/").allowed()).isFalse();
    assertThat(ask(e, "http://www.bücher-erotik.de/").allowed()).isFalse();
    assertThat(ask(e, "http://www.BÜCHER-EROTIK.de/").allowed()).isFalse();
    assertThat(ask(e, "http://xn--bcher-erotik-dlb.de/").allowed()).isFalse();
    assertThat(ask(e, "http://café.example/").matched()).isEqualTo("domain xn--caf-dma.example");
    assertThat(ask(e, "http://wildcard-adult.test/").allowed()).isFalse();
    assertThat(ask(e, "http://192.0.2.66/x").allowed()).isFalse();
    assertThat(ask(e, "www.xxx-example.com:443").allowed()).isFalse();
  }

  @Test
  void urlsMatchByPrefixOnTheirHost() {
    Engine e = territory(Rule.of(Action.BLOCK, "adult"), Rule.of(Action.BLOCK, "games"));

    Decision d = ask(e, "http://free-videos.example/adult/clip?id=3");
    assertThat(d.allowed()).isFalse();
    assertThat(d.matched()).isEqualTo("url free-videos.example/adult/");
    assertThat(ask(e, "http://free-videos.example/cartoons/").allowed()).isTrue();
    assertThat(ask(e, "https://WWW.mixed-site.example/HOT/stuff").allowed()).isFalse();
    assertThat(ask(e, "http://portal.example/jeux/tetris").category()).isEqualTo("games");
    assertThat(ask(e, "http://portal.example/cours").allowed()).isTrue();
    assertThat(ask(e, "http://news.example/games/x").allowed()).isFalse();
  }

  @Test
  void expressionsMatchTheWholeUrl() {
    Engine e = territory(Rule.of(Action.BLOCK, "phishing"));

    assertThat(ask(e, "http://paypal-verify.test/").allowed()).isFalse();
    assertThat(ask(e, "http://LOGIN-SECURE.bank/account").matched()).isEqualTo("expression");
    assertThat(ask(e, "http://login-secure.bank/help").allowed()).isTrue();
  }

  @Test
  void aDomainInTwoCategoriesIsInBoth() {
    Engine e = territory(Rule.of(Action.ALLOW, "games"), Rule.of(Action.BLOCK, "adult"));
    assertThat(ask(e, "http://xxx-example.com/").allowed()).isTrue();
    assertThat(ask(e, "http://xxx-example.com/").category()).isEqualTo("games");
  }

  @Test
  void whitelistOnlyBlocksWhatNoRuleAllows() {
    Layer cp = new Layer("class:2", true, List.of(Rule.of(Action.ALLOW, "education")));
    Engine e =
        new Engine(
            lists,
            new Policies(
                new Layer("territory", false, List.of(Rule.of(Action.BLOCK, "adult"))),
                Map.of(),
                Map.of(2L, cp),
                Map.of(2L, 10L, 3L, 10L),
                List.of(),
                List.of(),
                CompiledLists.empty(),
                PARIS));

    Decision other = e.decide(new Request(null, null, 2L, "http://other.test/", TUESDAY_10));
    assertThat(other.allowed()).isFalse();
    assertThat(other.rule()).isEqualTo("whitelist only");
    assertThat(e.decide(new Request(null, null, 2L, "http://vikidia.org/", TUESDAY_10)).allowed())
        .isTrue();
    // Another class of the same school is not whitelist-only.
    assertThat(e.decide(new Request(null, null, 3L, "http://other.test/", TUESDAY_10)).allowed())
        .isTrue();
  }

  @Test
  void aTimeWindowAppliesOnlyOnItsDaysAndHours() {
    TimeWindow afternoon =
        new TimeWindow(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(14, 0),
            LocalTime.of(16, 0));
    Layer cm2 =
        new Layer("class:5", true, List.of(new Rule(Action.ALLOW, Rule.ANY, afternoon, false)));
    Engine e =
        new Engine(
            lists,
            new Policies(
                new Layer("territory", false, List.of(new Rule(Action.BLOCK, "adult", null, true))),
                Map.of(),
                Map.of(5L, cm2),
                Map.of(5L, 10L),
                List.of(),
                List.of(),
                CompiledLists.empty(),
                PARIS));

    assertThat(e.decide(new Request(null, null, 5L, "http://wiki.test/", TUESDAY_10)).allowed())
        .isFalse();
    Decision free = e.decide(new Request(null, null, 5L, "http://wiki.test/", TUESDAY_15));
    assertThat(free.allowed()).isTrue();
    assertThat(free.rule()).isEqualTo("allow * mon,tue,thu,fri 14:00-16:00");
    assertThat(e.decide(new Request(null, null, 5L, "http://wiki.test/", WEDNESDAY_15)).allowed())
        .isFalse();
    // 16:00 is outside, and the locked territory rule comes before the free time.
    assertThat(
            e.decide(new Request(null, null, 5L, "http://wiki.test/", TUESDAY_15.plusSeconds(3600)))
                .allowed())
        .isFalse();
    assertThat(
            e.decide(new Request(null, null, 5L, "http://xxx-example.com/", TUESDAY_15)).allowed())
        .isFalse();
    assertThat(TimeWindow.parse("mon-tue,thu,fri 14:00-16:00")).isEqualTo(afternoon);
    assertThat(TimeWindow.parse("lun,mar,jeu,ven 14:00-16:00")).isEqualTo(afternoon);
  }

  @Test
  void classRulesComeBeforeSchoolRulesBeforeTerritoryRulesAndTheOrderIsShown() {
    Policies p =
        new Policies(
            new Layer(
                "territory",
                false,
                List.of(
                    new Rule(Action.BLOCK, "adult", null, true), Rule.of(Action.BLOCK, "games"))),
            Map.of(10L, new Layer("school:10", null, List.of(Rule.of(Action.ALLOW, "games")))),
            Map.of(5L, new Layer("class:5", null, List.of(Rule.of(Action.BLOCK, "games")))),
            Map.of(5L, 10L, 6L, 10L),
            List.of(
                new Policies.Network(10L, "10.12.0.0/16"), new Policies.Network(11L, "10.0.0.0/8")),
            List.of(),
            CompiledLists.empty(),
            PARIS);
    Engine e = new Engine(lists, p);

    assertThat(e.decide(new Request(null, null, 5L, "http://jeux-example.fr", TUESDAY_10)).scope())
        .isEqualTo("class:5");
    assertThat(
            e.decide(new Request(null, null, 6L, "http://jeux-example.fr", TUESDAY_10)).allowed())
        .isTrue();
    // Found by the client's network (longest prefix): school 10, which allows games.
    Decision byNetwork =
        e.decide(new Request("10.12.3.4", null, null, "http://jeux-example.fr", TUESDAY_10));
    assertThat(byNetwork.schoolId()).isEqualTo(10L);
    assertThat(byNetwork.allowed()).isTrue();
    assertThat(
            e.decide(new Request("10.13.3.4", null, null, "http://jeux-example.fr", TUESDAY_10))
                .allowed())
        .isFalse();
    assertThat(e.chainOf(10L, 5L))
        .containsExactly(
            "territory locked block adult",
            "exemptions of class:5",
            "class:5 block games",
            "school:10 allow games",
            "territory block games",
            "default allow");
  }

  @Test
  void anExemptionUnblocksForItsClassUntilItExpiresButNotPastALockedRule() {
    Instant expires = TUESDAY_10.plusSeconds(3600);
    Policies p =
        new Policies(
            new Layer(
                "territory",
                false,
                List.of(
                    new Rule(Action.BLOCK, "adult", null, true), Rule.of(Action.BLOCK, "games"))),
            Map.of(),
            Map.of(),
            Map.of(5L, 10L, 6L, 10L),
            List.of(),
            List.of(
                new Exemption(7, 5L, "jeux-example.fr", expires),
                new Exemption(8, 5L, "xxx-example.com", expires)),
            CompiledLists.empty(),
            PARIS);
    Engine e = new Engine(lists, p);

    Decision d = e.decide(new Request(null, null, 5L, "http://www.jeux-example.fr/", TUESDAY_10));
    assertThat(d.allowed()).isTrue();
    assertThat(d.scope()).isEqualTo("exemption:7");
    assertThat(
            e.decide(new Request(null, null, 6L, "http://jeux-example.fr/", TUESDAY_10)).allowed())
        .isFalse();
    assertThat(e.decide(new Request(null, null, 5L, "http://jeux-example.fr/", expires)).allowed())
        .isFalse();
    assertThat(
            e.decide(new Request(null, null, 5L, "http://xxx-example.com/", TUESDAY_10)).allowed())
        .isFalse();
  }

  @Test
  void localListsAreCategoriesLikeTheOthers() throws Exception {
    CompiledLists.Builder local = new CompiledLists.Builder(16);
    local.domain("local-allow", "xxx-example.com");
    local.url("local-block", Hosts.urlKey("https://lumni.fr/forum"));
    Policies p =
        new Policies(
            new Layer(
                "territory",
                false,
                List.of(
                    Rule.of(Action.BLOCK, "local-block"),
                    Rule.of(Action.ALLOW, "local-allow"),
                    Rule.of(Action.BLOCK, "adult"))),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of(),
            List.of(),
            local.build(),
            PARIS);
    Engine e = new Engine(lists, p);

    assertThat(ask(e, "http://xxx-example.com/").allowed()).isTrue();
    assertThat(ask(e, "http://lumni.fr/forum/x").allowed()).isFalse();
    assertThat(ask(e, "http://lumni.fr/forum/x").matched()).isEqualTo("url lumni.fr/forum");
    assertThat(ask(e, "http://lumni.fr/cours").allowed()).isTrue();
  }

  @Test
  void aSnapshotAndAPolicyFileGiveTheSameDecisions(@TempDir Path tmp) throws Exception {
    Policies p =
        new Policies(
            new Layer("territory", false, List.of(new Rule(Action.BLOCK, "adult", null, true))),
            Map.of(10L, new Layer("school:10", null, List.of(Rule.of(Action.BLOCK, "games")))),
            Map.of(
                5L,
                new Layer(
                    "class:5",
                    true,
                    List.of(
                        new Rule(Action.ALLOW, "*", TimeWindow.parse("tue 14:00-16:00"), false)))),
            Map.of(5L, 10L),
            List.of(new Policies.Network(10L, "10.12.0.0/16")),
            List.of(new Exemption(7, 5L, "jeux-example.fr", TUESDAY_10.plusSeconds(60))),
            CompiledLists.empty(),
            PARIS);
    Path snapshot = tmp.resolve("lists.snapshot");
    lists.save(snapshot);
    java.io.StringWriter text = new java.io.StringWriter();
    PolicyFile.write(p, text);
    Engine original = new Engine(lists, p);
    Engine reloaded = new Engine(CompiledLists.load(snapshot), PolicyFile.read(text.toString()));

    for (String url :
        List.of(
            "http://xxx-example.com/",
            "http://free-videos.example/adult/x",
            "http://jeux-example.fr/",
            "http://paypal-verify.test/",
            "http://café.example/",
            "http://other.test/")) {
      for (Request r :
          List.of(
              new Request("10.12.0.9", null, null, url, TUESDAY_10),
              new Request(null, null, 5L, url, TUESDAY_10),
              new Request(null, null, 5L, url, TUESDAY_15))) {
        assertThat(reloaded.decide(r)).as(url).isEqualTo(original.decide(r));
      }
    }
    assertThat(reloaded.lists().domainCount()).isEqualTo(lists.domainCount());
  }

  @Test
  void aNewEngineIsSwappedInAtOnce() {
    EngineHolder holder = new EngineHolder(territory());
    assertThat(
            holder
                .decide(new Request(null, null, null, "http://xxx-example.com", TUESDAY_10))
                .allowed())
        .isTrue();
    holder.swap(territory(Rule.of(Action.BLOCK, "adult")));
    assertThat(
            holder
                .decide(new Request(null, null, null, "http://xxx-example.com", TUESDAY_10))
                .allowed())
        .isFalse();
  }
}
