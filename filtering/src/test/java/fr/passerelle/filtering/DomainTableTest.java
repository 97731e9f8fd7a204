package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact domain table: names found by suffix across blocks of entries, category sets kept in
 * one byte, two bytes, and back from a snapshot.
 */
class DomainTableTest {

  @TempDir Path tmp;

  /** 600 domains, each in categories {@code c<i mod 300>} and {@code c<(i * 7) mod 300>}. */
  private static CompiledLists many() {
    CompiledLists.Builder b = new CompiledLists.Builder(16);
    for (int i = 0; i < 600; i++) {
      String domain = "site" + i + ".example" + (i % 3) + ".org";
      b.domain("c" + (i % 300), domain);
      b.domain("c" + ((i * 7) % 300), domain);
    }
    return b.build();
  }

  @Test
  void moreThan256CategorySetsAreKeptAndSurviveASnapshot() throws Exception {
    CompiledLists lists = many();
    assertThat(lists.sets().count()).isGreaterThan(256);
    Path file = tmp.resolve("many.snapshot");
    lists.save(file);
    for (CompiledLists l : new CompiledLists[] {lists, CompiledLists.load(file)}) {
      assertThat(l.domainCount()).isEqualTo(600);
      for (int i : new int[] {0, 15, 16, 17, 299, 599}) {
        int e = l.domains().find("site" + i + ".example" + (i % 3) + ".org");
        assertThat(e).isNotNegative();
        assertThat(l.domains().domain(e)).isEqualTo("site" + i + ".example" + (i % 3) + ".org");
        int set = l.domains().setOf(e);
        assertThat(l.sets().contains(set, l.category("c" + (i % 300)))).isTrue();
        assertThat(l.sets().contains(set, l.category("c" + ((i * 7) % 300)))).isTrue();
        assertThat(l.sets().contains(set, l.category("c" + ((i + 1) % 300)))).isFalse();
      }
      int[] hits = {0};
      l.domains().matchSuffixes("www.site42.example0.org", (entry, set) -> hits[0]++);
      assertThat(hits[0]).isEqualTo(1);
      assertThat(l.domains().find("site600.example0.org")).isEqualTo(-1);
    }
  }

  @Test
  void aFewSetsTakeOneByteAndStillMatch() throws Exception {
    CompiledLists.Builder b = new CompiledLists.Builder(4);
    for (int i = 0; i < 100; i++) {
      b.domain(i % 2 == 0 ? "adult" : "games", "d" + i + ".fr");
    }
    CompiledLists lists = b.build();
    Path file = tmp.resolve("few.snapshot");
    lists.save(file);
    CompiledLists loaded = CompiledLists.load(file);
    int e = loaded.domains().find("d33.fr");
    assertThat(loaded.sets().contains(loaded.domains().setOf(e), loaded.category("games")))
        .isTrue();
    assertThat(loaded.domains().domain(e)).isEqualTo("d33.fr");
  }

  @Test
  void theBuilderGrowsAcrossItsPagesAndChunksFromASmallStart() throws Exception {
    // 150,000 names of 40 to 60 characters: three pages of entries, several 1 MB name chunks.
    CompiledLists.Builder b = new CompiledLists.Builder(0);
    int n = 150_000;
    for (int i = 0; i < n; i++) {
      b.domain("big", name(i));
      if (i % 1000 == 0) {
        b.domain("other", name(i));
      }
    }
    CompiledLists lists = b.build();
    Path file = tmp.resolve("big.snapshot");
    lists.save(file);
    for (CompiledLists l : new CompiledLists[] {lists, CompiledLists.load(file)}) {
      assertThat(l.domainCount()).isEqualTo(n);
      for (int i : new int[] {0, 1, 15, 16, 65_535, 65_536, 99_000, 131_072, n - 1}) {
        int e = l.domains().find(name(i));
        assertThat(e).as(name(i)).isNotNegative();
        assertThat(l.domains().domain(e)).isEqualTo(name(i));
        int set = l.domains().setOf(e);
        assertThat(l.sets().contains(set, l.category("big"))).isTrue();
        assertThat(l.sets().contains(set, l.category("other"))).isEqualTo(i % 1000 == 0);
      }
      assertThat(l.domains().find(name(n))).isEqualTo(-1);
    }
  }

  private static String name(int i) {
    return "a-rather-long-subdomain-" + "x".repeat(i % 21) + "." + i + ".example.org";
  }
}
