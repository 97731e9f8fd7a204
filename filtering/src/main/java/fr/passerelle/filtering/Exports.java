package fr.passerelle.filtering;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocked domains of some categories in the formats of other tools: an RPZ zone (BIND, Unbound,
 * Knot, PowerDNS), Unbound {@code local-zone} lines, and squidGuard's list folders with a
 * configuration snippet. DNS filtering sees names only: URL prefixes and expressions are in the
 * squidGuard export alone.
 *
 * <p>Every export says which categories it carries. A category its lists mark as a white list only
 * ({@link ListUsage#WHITE}) is never exported as a block list, even when asked for; a domain listed
 * with {@code www.} is exported without it (compiled so, see {@link Hosts#listDomain}), so the bare
 * domain and all its subdomains are blocked.
 */
public final class Exports {

  private Exports() {}

  /**
   * The categories an export carries, of those asked: the lists' own that may block; and those left
   * out because the lists mark them as white lists, or do not have them.
   */
  public record Selection(List<String> carried, List<String> whiteLists, List<String> unknown) {

    /** The header lines of an export, each after {@code comment}. */
    String header(String comment) {
      StringBuilder b = new StringBuilder();
      b.append(comment).append(" categories: ").append(String.join(" ", carried)).append('\n');
      if (!whiteLists.isEmpty()) {
        b.append(comment)
            .append(" not exported, white lists (sites to allow, never blocked): ")
            .append(String.join(" ", whiteLists))
            .append('\n');
      }
      if (!unknown.isEmpty()) {
        b.append(comment)
            .append(" not in these lists: ")
            .append(String.join(" ", unknown))
            .append('\n');
      }
      return b.toString();
    }
  }

  /** Sorts the asked categories into carried, white lists and unknown. */
  public static Selection select(CompiledLists lists, List<String> asked) {
    List<String> carried = new ArrayList<>();
    List<String> white = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String raw : asked) {
      String c = raw.strip();
      if (c.isEmpty() || carried.contains(c) || white.contains(c) || unknown.contains(c)) {
        continue;
      }
      if (lists.category(c) < 0) {
        unknown.add(c);
      } else if (!lists.usage(c).blockList()) {
        white.add(c);
      } else {
        carried.add(c);
      }
    }
    return new Selection(List.copyOf(carried), List.copyOf(white), List.copyOf(unknown));
  }

  /** An RPZ zone answering NXDOMAIN ({@code CNAME .}) for each domain and its subdomains. */
  public static Selection rpz(CompiledLists lists, List<String> categories, Writer out, Instant now)
      throws IOException {
    Selection selection = select(lists, categories);
    long serial = now.getEpochSecond();
    out.write("; Passerelle web filtering, response policy zone\n");
    out.write(selection.header(";"));
    out.write("$TTL 300\n");
    out.write("@ IN SOA localhost. hostmaster.localhost. " + serial + " 3600 600 86400 300\n");
    out.write("@ IN NS localhost.\n");
    forEachBlocked(
        lists,
        selection.carried(),
        d -> {
          out.write(d + " CNAME .\n");
          out.write("*." + d + " CNAME .\n");
        });
    return selection;
  }

  /**
   * Unbound {@code local-zone} lines: {@code always_nxdomain}, or {@code redirect} to the block
   * page's address when one is given (with its {@code local-data}).
   */
  public static Selection unbound(
      CompiledLists lists, List<String> categories, Writer out, String redirectAddress)
      throws IOException {
    Selection selection = select(lists, categories);
    out.write("# Passerelle web filtering, for unbound.conf (server: section)\n");
    out.write(selection.header("#"));
    forEachBlocked(
        lists,
        selection.carried(),
        d -> {
          if (redirectAddress == null) {
            out.write("local-zone: \"" + d + ".\" always_nxdomain\n");
          } else {
            out.write("local-zone: \"" + d + ".\" redirect\n");
            out.write("local-data: \"" + d + ". A " + redirectAddress + "\"\n");
          }
        });
    return selection;
  }

  /**
   * squidGuard's layout under {@code dbHome}: {@code <category>/domains}, {@code urls} and {@code
   * expressions}, plus {@code squidGuard.conf} blocking these categories and redirecting to the
   * block page.
   */
  public static Selection squidGuard(
      CompiledLists lists, List<String> categories, Path dbHome, String redirect)
      throws IOException {
    Selection selection = select(lists, categories);
    Files.createDirectories(dbHome);
    StringBuilder conf = new StringBuilder();
    conf.append("# Passerelle web filtering, squidGuard configuration\n");
    conf.append(selection.header("#"));
    conf.append("dbhome ").append(dbHome.toAbsolutePath()).append('\n');
    conf.append("logdir ").append(dbHome.toAbsolutePath()).append('\n').append('\n');
    StringBuilder pass = new StringBuilder();
    for (String category : selection.carried()) {
      int c = lists.category(category);
      Path dir = dbHome.resolve(category);
      Files.createDirectories(dir);
      try (Writer w = Files.newBufferedWriter(dir.resolve("domains"))) {
        lists.forEachDomain(
            c,
            d -> {
              if (underListedParent(lists, d, c)) {
                return;
              }
              try {
                w.write(d);
                w.write('\n');
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
      }
      try (Writer w = Files.newBufferedWriter(dir.resolve("urls"))) {
        lists.forEachUrl(
            c,
            u -> {
              try {
                w.write(u);
                w.write('\n');
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
      }
      List<String> expressions = lists.expressions(c);
      conf.append("dest ").append(category).append(" {\n");
      conf.append("  domainlist ").append(category).append("/domains\n");
      conf.append("  urllist ").append(category).append("/urls\n");
      if (!expressions.isEmpty()) {
        Files.write(dir.resolve("expressions"), expressions);
        conf.append("  expressionlist ").append(category).append("/expressions\n");
      }
      conf.append("}\n\n");
      pass.append('!').append(category).append(' ');
    }
    conf.append("acl {\n  default {\n    pass ").append(pass).append("all\n");
    conf.append("    redirect ").append(redirect).append("\n  }\n}\n");
    Files.writeString(dbHome.resolve("squidGuard.conf"), conf);
    return selection;
  }

  /**
   * Whether a parent domain of this one is in the same category: squidGuard's entry covers it
   * already. Leaving such subdomains out is needed, not only smaller: squidGuard's lookup (a B-tree
   * range search checking the key found and the one before) misses {@code .site.test} for {@code
   * www.site.test} when other subdomains of {@code site.test} sort between them.
   */
  static boolean underListedParent(CompiledLists lists, String domain, int category) {
    DomainTable table = lists.domains();
    for (int i = domain.indexOf('.'); i >= 0; i = domain.indexOf('.', i + 1)) {
      int e = table.find(domain.substring(i + 1));
      if (e >= 0 && lists.sets().contains(table.setOf(e), category)) {
        return true;
      }
    }
    return false;
  }

  private interface DomainWriter {
    void write(String domain) throws IOException;
  }

  private static void forEachBlocked(
      CompiledLists lists, List<String> categories, DomainWriter writer) throws IOException {
    int[] wanted = categories.stream().mapToInt(lists::category).filter(c -> c >= 0).toArray();
    DomainTable table = lists.domains();
    CategorySets sets = lists.sets();
    for (int e = 0; e < table.size(); e++) {
      int set = table.setOf(e);
      for (int c : wanted) {
        if (sets.contains(set, c)) {
          writer.write(table.domain(e));
          break;
        }
      }
    }
  }
}
