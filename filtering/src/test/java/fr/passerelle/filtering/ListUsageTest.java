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
 * UT1 rule: each category's {@code usage} file says whether it is a black or a white list; a white
 * list is never exported as a block list, and every export names the categories it carries.
 */
class ListUsageTest {

  @Test
  void theUsageFilesAreReadAndKeptInTheSnapshot(@TempDir Path tmp) throws Exception {
    CompiledLists lists = Fixtures.lists();
    Path file = tmp.resolve("lists.snapshot");
    lists.save(file);
    for (CompiledLists l : List.of(lists, CompiledLists.load(file))) {
      assertThat(l.usage("adult")).isEqualTo(ListUsage.BLACK);
      assertThat(l.usage("forums")).isEqualTo(ListUsage.BLACK);
      assertThat(l.usage("liste_blanche")).isEqualTo(ListUsage.WHITE);
      assertThat(l.usage("games")).isEqualTo(ListUsage.UNKNOWN);
      assertThat(l.usage("absent")).isEqualTo(ListUsage.UNKNOWN);
      assertThat(l.blockCategories())
          .contains("adult", "forums", "games")
          .doesNotContain("liste_blanche");
    }
    assertThat(ListUsage.parse("# comment white\nblack\nwhite\n"))
        .isEqualTo(ListUsage.BLACK_AND_WHITE);
    assertThat(ListUsage.parse("WHITE\r\nliste blanche\r\n")).isEqualTo(ListUsage.WHITE);
    assertThat(ListUsage.BLACK_AND_WHITE.blockList()).isTrue();
  }

  @Test
  void rpzLeavesWhiteListsOutAndSaysWhichCategoriesItCarries() throws Exception {
    StringWriter out = new StringWriter();
    Exports.Selection s =
        Exports.rpz(
            Fixtures.lists(),
            List.of("adult", "liste_blanche", "nothere"),
            out,
            Instant.ofEpochSecond(1_700_000_000));
    String zone = out.toString();

    assertThat(s.carried()).containsExactly("adult");
    assertThat(zone)
        .contains(
            "; categories: adult\n",
            "; not exported, white lists (sites to allow, never blocked): liste_blanche\n",
            "; not in these lists: nothere\n",
            "\nxxx-example.com CNAME .\n")
        .doesNotContain("education-example.fr", "lumni.fr");
  }

  @Test
  void unboundSaysWhichCategoriesItCarries() throws Exception {
    StringWriter out = new StringWriter();
    Exports.unbound(Fixtures.lists(), List.of("liste_blanche", "games"), out, null);
    assertThat(out.toString())
        .contains(
            "# categories: games\n", "white lists (sites to allow, never blocked): liste_blanche")
        .contains("jeux-example.fr")
        .doesNotContain("education-example.fr");
  }

  @Test
  void squidGuardNeverGetsAWhiteListAsADestinationToBlock(@TempDir Path tmp) throws Exception {
    Exports.squidGuard(
        Fixtures.lists(), Fixtures.lists().categories(), tmp, "https://ent.test/filtrage/bloque");
    String conf = Files.readString(tmp.resolve("squidGuard.conf"));

    assertThat(Files.exists(tmp.resolve("liste_blanche"))).isFalse();
    assertThat(conf)
        .startsWith("# Passerelle web filtering, squidGuard configuration\n# categories: ")
        .contains("white lists (sites to allow, never blocked): liste_blanche")
        .contains("dest forums {", "!adult", "!forums")
        .doesNotContain("dest liste_blanche", "!liste_blanche");
  }
}
