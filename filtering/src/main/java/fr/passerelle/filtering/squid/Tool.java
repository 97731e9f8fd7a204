package fr.passerelle.filtering.squid;

import fr.passerelle.filtering.CompiledLists;
import fr.passerelle.filtering.Exports;
import fr.passerelle.filtering.ListProblem;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line tool: {@code compile} a UT1 folder or archive into a snapshot, {@code export}
 * blocked categories as RPZ, unbound or squidGuard lists (without {@code --categories}: every
 * category but the white lists). The tables grow with the lists read: no size to give.
 *
 * <pre>
 * passerelle-filtering compile --lists blacklists.tar.gz --out lists.snapshot
 * passerelle-filtering export --snapshot lists.snapshot --format rpz --categories adult,malware --out rpz.zone
 * passerelle-filtering export --lists dir --format squidguard --categories adult --out /var/lib/squidguard/db
 * </pre>
 */
public final class Tool {

  private Tool() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: passerelle-filtering compile|export [options]");
      System.exit(2);
    }
    Options o = new Options(args, 1);
    EngineLoader loader = new EngineLoader(o);
    long started = System.nanoTime();
    CompiledLists lists = loader.loadLists();
    long ms = (System.nanoTime() - started) / 1_000_000;
    switch (args[0]) {
      case "compile" -> {
        lists.save(Path.of(o.get("out")));
        System.err.printf(
            "%d categories, %d domains, %d URLs, %d expressions, %d lines skipped, compiled in %d ms%n",
            lists.categories().size(),
            lists.domainCount(),
            lists.urlCount(),
            lists.expressionCount(),
            lists.problemCount(),
            ms);
        for (ListProblem p : lists.problems().subList(0, Math.min(20, lists.problems().size()))) {
          System.err.println("skipped: " + p);
        }
      }
      case "export" -> {
        List<String> categories =
            o.get("categories") == null
                ? lists.blockCategories()
                : Arrays.asList(o.get("categories").split(","));
        Path out = Path.of(o.get("out"));
        Exports.Selection selection;
        switch (o.get("format", "rpz")) {
          case "rpz" -> {
            try (Writer w = Files.newBufferedWriter(out)) {
              selection = Exports.rpz(lists, categories, w, Instant.now());
            }
          }
          case "unbound" -> {
            try (Writer w = Files.newBufferedWriter(out)) {
              selection = Exports.unbound(lists, categories, w, o.get("redirect"));
            }
          }
          case "squidguard" ->
              selection =
                  Exports.squidGuard(
                      lists,
                      categories,
                      out,
                      o.get("redirect", "http://passerelle.invalid/filtrage/bloque"));
          default -> throw new IllegalArgumentException("Unknown format");
        }
        System.err.println("exported categories: " + String.join(" ", selection.carried()));
        if (!selection.whiteLists().isEmpty()) {
          System.err.println(
              "not exported, white lists (never blocked): "
                  + String.join(" ", selection.whiteLists()));
        }
        if (!selection.unknown().isEmpty()) {
          System.err.println("not in these lists: " + String.join(" ", selection.unknown()));
        }
      }
      default -> throw new IllegalArgumentException("Unknown command: " + args[0]);
    }
  }
}
