package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * UT1 rule: a {@code urls} entry covers its page or folder, cut on a path segment ({@code
 * site.test/albums} covers {@code /albums} and {@code /albums/x}, not {@code /albums-privees}),
 * where squidGuard compares plain prefixes.
 */
class UrlPrefixTest {

  static final Engine engine =
      EngineTest.territory(Rule.of(Action.BLOCK, "forums"), Rule.of(Action.BLOCK, "adult"));

  static boolean blocked(String url) {
    return !EngineTest.ask(engine, url).allowed();
  }

  @Test
  void anEntryCoversItsPageAndWhatIsUnderItButNotALongerName() {
    assertThat(blocked("http://site.test/albums")).isTrue();
    assertThat(blocked("http://site.test/albums/")).isTrue();
    assertThat(blocked("http://site.test/albums/2024/x.jpg")).isTrue();
    assertThat(blocked("https://www.site.test/albums?page=2")).isTrue();
    assertThat(blocked("http://site.test/albums;jsessionid=1")).isTrue();
    assertThat(blocked("http://SITE.test/Albums#top")).isTrue();

    assertThat(blocked("http://site.test/albums-privees")).isFalse();
    assertThat(blocked("http://site.test/albumsx/")).isFalse();
    assertThat(blocked("http://site.test/album")).isFalse();
    assertThat(blocked("http://site.test/")).isFalse();
    assertThat(EngineTest.ask(engine, "http://site.test/albums/x").matched())
        .isEqualTo("url site.test/albums");
  }

  @Test
  void aTrailingSlashMeansTheSameFolder() {
    // Listed as www.site.test/Photos/ and free-videos.example/adult/.
    assertThat(blocked("http://site.test/photos")).isTrue();
    assertThat(blocked("http://site.test/photos/a")).isTrue();
    assertThat(blocked("http://site.test/photos-old")).isFalse();
    assertThat(blocked("http://free-videos.example/adult")).isTrue();
    assertThat(blocked("http://free-videos.example/adultes")).isFalse();
  }

  @Test
  void insideAQueryAnAmpersandIsABoundary() {
    assertThat(blocked("http://other.test/page?id=3")).isTrue();
    assertThat(blocked("http://other.test/page?id=3&lang=fr")).isTrue();
    assertThat(blocked("http://other.test/page?id=34")).isFalse();
    assertThat(blocked("http://other.test/page")).isFalse();
  }

  @Test
  void percentEscapesOfPlainCharactersMeanTheCharacters() {
    assertThat(blocked("http://site.test/%61lbums/x")).isTrue();
    assertThat(blocked("http://site.test/%41LBUMS")).isTrue();
    assertThat(blocked("http://encoded.test/~user/page")).isTrue();
    assertThat(blocked("http://encoded.test/%7Euser")).isTrue();
    assertThat(blocked("http://encoded.test/%7Euser2")).isFalse();
    assertThat(Hosts.urlKey("encoded.test/%7euser")).isEqualTo("encoded.test/~user");
    String path = "/a%2Fb/%C3%A9/É";
    assertThat(Hosts.normalPath(path, 0, path.length())).isEqualTo("/a%2fb/%c3%a9/%c3%a9");
  }

  @Test
  void theCutIsTheSameFromASnapshot() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("lists", ".snapshot");
    try {
      EngineTest.lists.save(file);
      Engine reloaded = new Engine(CompiledLists.load(file), engine.policies());
      for (String url :
          new String[] {
            "http://site.test/albums/x",
            "http://site.test/albums-privees",
            "http://site.test/photos"
          }) {
        assertThat(reloaded.decide(new Request(null, null, null, url, EngineTest.TUESDAY_10)))
            .isEqualTo(engine.decide(new Request(null, null, null, url, EngineTest.TUESDAY_10)));
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
