package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UT1 rule: a whitelist-only level (a nursery school, a class of young pupils) does not take the
 * allow rules of the levels above it unless it says so ({@code inherit-allow} in the policy file);
 * block rules and the territory's locked rules still apply.
 */
class WhitelistLayerTest {

  static final String GAMES = "http://jeux-example.fr/";
  static final String LUMNI = "https://lumni.fr/";
  static final String OTHER = "http://other.test/";

  /**
   * Territory: locked allow of the ENT, locked block of adult, allow games. School 20: a nursery
   * (whitelist-only) allowing education; school 21: the same, taking the allows from above; school
   * 30: an ordinary school allowing games. Class 31 (school 30): whitelist-only, education only;
   * class 32 (school 30): the same, taking the allows from above; class 22 in school 20 says
   * nothing.
   */
  static Policies policies() {
    CompiledLists.Builder local = new CompiledLists.Builder(16);
    local.domain("local-allow", "ent.example.fr");
    List<Rule> education = List.of(Rule.of(Action.ALLOW, "education"));
    return new Policies(
        new Layer(
            "territory",
            false,
            List.of(
                new Rule(Action.ALLOW, "local-allow", null, true),
                new Rule(Action.BLOCK, "adult", null, true),
                Rule.of(Action.ALLOW, "games"))),
        Map.of(
            20L, new Layer("school:20", true, education),
            21L, new Layer("school:21", true, education, true),
            30L, new Layer("school:30", null, List.of(Rule.of(Action.ALLOW, "games")))),
        Map.of(
            31L, new Layer("class:31", true, education),
            32L, new Layer("class:32", true, education, true),
            22L, new Layer("class:22", null, List.of())),
        Map.of(31L, 30L, 32L, 30L, 22L, 20L),
        List.of(),
        List.of(),
        local.build(),
        EngineTest.PARIS);
  }

  static Decision school(Engine e, long school, String url) {
    return e.decide(new Request(null, school, null, url, EngineTest.TUESDAY_10));
  }

  static Decision pupilClass(Engine e, long classId, String url) {
    return e.decide(new Request(null, null, classId, url, EngineTest.TUESDAY_10));
  }

  @Test
  void aNurserySchoolDoesNotTakeTheTerritorysAllowRules() {
    Engine e = new Engine(EngineTest.lists, policies());

    Decision games = school(e, 20, GAMES);
    assertThat(games.allowed()).isFalse();
    assertThat(games.rule()).isEqualTo("whitelist only");
    assertThat(school(e, 20, LUMNI).allowed()).isTrue();
    assertThat(school(e, 20, OTHER).allowed()).isFalse();
    // Its classes are in the nursery too.
    assertThat(pupilClass(e, 22, GAMES).allowed()).isFalse();
    assertThat(pupilClass(e, 22, LUMNI).allowed()).isTrue();
    // The territory's locked rules still apply, both ways.
    assertThat(school(e, 20, "https://ent.example.fr/").allowed()).isTrue();
    assertThat(school(e, 21, "http://xxx-example.com/").allowed()).isFalse();
    assertThat(e.chainOf(20L, null))
        .containsExactly(
            "territory locked allow local-allow",
            "territory locked block adult",
            "school:20 allow education",
            "default block (whitelist only)");
  }

  @Test
  void aLevelThatSaysSoTakesTheAllowRulesFromAbove() {
    Engine e = new Engine(EngineTest.lists, policies());

    Decision games = school(e, 21, GAMES);
    assertThat(games.allowed()).isTrue();
    assertThat(games.scope()).isEqualTo("territory");
    assertThat(pupilClass(e, 32, GAMES).allowed()).isTrue();
    assertThat(pupilClass(e, 32, GAMES).scope()).isEqualTo("school:30");
  }

  @Test
  void aWhitelistOnlyClassDoesNotTakeItsSchoolsAllowRules() {
    Engine e = new Engine(EngineTest.lists, policies());

    assertThat(school(e, 30, GAMES).allowed()).isTrue();
    assertThat(school(e, 30, OTHER).allowed()).isTrue();
    assertThat(pupilClass(e, 31, GAMES).allowed()).isFalse();
    assertThat(pupilClass(e, 31, LUMNI).allowed()).isTrue();
    assertThat(pupilClass(e, 31, OTHER).allowed()).isFalse();
  }

  @Test
  void thePolicyFileSaysItWithInheritAllow() throws Exception {
    StringWriter text = new StringWriter();
    PolicyFile.write(policies(), text);
    assertThat(text.toString())
        .contains(
            "layer school:20 whitelist=true\n",
            "layer school:21 whitelist=true inherit-allow\n",
            "layer class:32 whitelist=true inherit-allow\n");

    Policies read = PolicyFile.read(text.toString());
    assertThat(read.schools().get(21L).inheritAllows()).isTrue();
    assertThat(read.schools().get(20L).inheritAllows()).isFalse();
    Engine original = new Engine(EngineTest.lists, policies());
    Engine reloaded = new Engine(EngineTest.lists, read);
    for (long s : new long[] {20, 21, 30}) {
      for (String url : List.of(GAMES, LUMNI, OTHER)) {
        assertThat(school(reloaded, s, url)).isEqualTo(school(original, s, url));
      }
    }
    for (long c : new long[] {22, 31, 32}) {
      for (String url : List.of(GAMES, LUMNI, OTHER)) {
        assertThat(pupilClass(reloaded, c, url)).isEqualTo(pupilClass(original, c, url));
      }
    }
  }
}
