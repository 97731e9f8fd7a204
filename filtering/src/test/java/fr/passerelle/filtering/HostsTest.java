package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostsTest {

  @Test
  void hostsAreLowerCaseAsciiWithoutPortSchemeOrTrailingDot() {
    assertThat(Hosts.hostOf("HTTPS://WWW.Example.ORG:8443/Path?q=1")).isEqualTo("www.example.org");
    assertThat(Hosts.hostOf("www.example.org:443")).isEqualTo("www.example.org");
    assertThat(Hosts.hostOf("http://user:pw@example.org./")).isEqualTo("example.org");
    assertThat(Hosts.hostOf("http://école-numérique.fr/")).isEqualTo("xn--cole-numrique-9gbi.fr");
    assertThat(Hosts.hostOf("http://ÉCOLE-NUMÉRIQUE.FR/")).isEqualTo("xn--cole-numrique-9gbi.fr");
    assertThat(Hosts.hostOf("http://exa$mple.org/")).isNull();
  }

  @Test
  void urlKeysDropSchemePortWwwAndFragment() {
    assertThat(Hosts.urlKey("https://www.Example.org:8080/A/b#top")).isEqualTo("example.org/a/b");
    assertThat(Hosts.urlKey("example.org")).isEqualTo("example.org");
    assertThat(Hosts.urlKey("example.org?x=1")).isEqualTo("example.org?x=1");
  }
}
