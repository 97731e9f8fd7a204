package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * UT1 rule: what the engine cannot read is blocked (fail closed), with the reason, even under a
 * policy that allows everything. The Squid helper's side is in {@link SquidHelperProcessTest}.
 */
class UnreadableRequestTest {

  /** A policy that allows every request it can read. */
  static final Engine ALLOW_ALL = EngineTest.territory(Rule.of(Action.ALLOW, Rule.ANY));

  @Test
  void eachUnreadableRequestIsBlockedWithItsReason() {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("", "empty request");
    reasons.put("   ", "empty request");
    reasons.put("http:///etc/passwd", "no host");
    reasons.put("http://:80/", "no host");
    reasons.put("http://user@/", "no host");
    reasons.put("http:/site.test/", "no host");
    reasons.put("javascript:alert(1)", "unsupported scheme javascript");
    reasons.put("file:///etc/passwd", "unsupported scheme file");
    reasons.put("gopher://site.test/", "unsupported scheme gopher");
    reasons.put("mailto:someone@site.test", "unsupported scheme mailto");
    reasons.put("http://site.test/a%zzb", "bad percent-encoding");
    reasons.put("http://site.test/a%4", "bad percent-encoding");
    reasons.put("http://site.test/?q=100%", "bad percent-encoding");
    reasons.put("http://site.test:99999/", "bad port");
    reasons.put("http://site.test:8o/", "bad port");
    reasons.put("site.test:abc", "bad port");
    reasons.put("http://exa$mple.org/", "invalid host name");
    reasons.put("http://%65xample.org/", "invalid host name");
    reasons.put("http://[::1/", "invalid host name");

    for (Map.Entry<String, String> r : reasons.entrySet()) {
      Decision d = EngineTest.ask(ALLOW_ALL, r.getKey());
      assertThat(d.allowed()).as(r.getKey()).isFalse();
      assertThat(d.scope()).as(r.getKey()).isEqualTo(Engine.INVALID);
      assertThat(d.step()).as(r.getKey()).isZero();
      assertThat(d.rule()).as(r.getKey()).isEqualTo("unparseable request: " + r.getValue());
      assertThat(d.category()).as(r.getKey()).isNull();
      assertThat(d.explain())
          .as(r.getKey())
          .isEqualTo("blocked by invalid (unparseable request: " + r.getValue() + ")");
    }
    Decision none =
        ALLOW_ALL.decide(new Request("10.1.0.5", 3L, null, null, EngineTest.TUESDAY_10));
    assertThat(none.allowed()).isFalse();
    assertThat(none.rule()).isEqualTo("unparseable request: no URL");
    assertThat(none.schoolId()).isEqualTo(3L);
  }

  @Test
  void whatCanBeReadIsDecidedAsBefore() {
    for (String url :
        Arrays.asList(
            "http://site.test/",
            "HTTPS://Site.Test:8443/a%20b?q=%C3%A9#frag%zz",
            "ftp://files.site.test/pub",
            "wss://chat.site.test/socket",
            "site.test:443",
            "site.test/path",
            "http://user:pw@site.test/",
            "http://[2001:db8::1]:8080/x",
            "http://192.0.2.7/",
            "http://café.example/",
            "localhost")) {
      Decision d = EngineTest.ask(ALLOW_ALL, url);
      assertThat(d.allowed()).as(url).isTrue();
      assertThat(d.scope()).as(url).isEqualTo("territory");
    }
    RequestUrl u = RequestUrl.parse("https://WWW.Site.Test:8443/%41b/c?d=%e9#x");
    assertThat(u.valid()).isTrue();
    assertThat(u.host()).isEqualTo("www.site.test");
    assertThat(u.urlHost()).isEqualTo("site.test");
    assertThat(u.path()).isEqualTo("/ab/c?d=%e9");
    assertThat(RequestUrl.parse("site.test:443").path()).isEmpty();
  }

  @Test
  void theLockedRulesDoNotMatterAnUnreadableRequestIsBlockedFirst() {
    Engine e =
        new Engine(
            EngineTest.lists,
            Policies.territoryOnly(
                new Layer(
                    "territory", false, List.of(new Rule(Action.ALLOW, Rule.ANY, null, true)))));
    assertThat(EngineTest.ask(e, "http://site.test/%").allowed()).isFalse();
    assertThat(EngineTest.ask(e, "http://site.test/%25").allowed()).isTrue();
  }
}
