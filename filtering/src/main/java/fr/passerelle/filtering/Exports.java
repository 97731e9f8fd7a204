package fr.passerelle.filtering;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The blocked domains of some categories in the formats of other tools: an RPZ zone (BIND, Unbound,
 * Knot, PowerDNS), Unbound {@code local-zone} lines, and squidGuard's list folders with a
 * configuration snippet. DNS filtering sees names only: URL prefixes and expressions are in the
 * squidGuard export alone.
 */
public final class Exports {

  private Exports() {}

  /** An RPZ zone answering NXDOMAIN ({@code CNAME .}) for each domain and its subdomains. */
  public static void rpz(CompiledLists lists, List<String> categories, Writer out, Instant now)
      throws IOException {
    long serial = now.getEpochSecond();
    out.write("; Passerelle web filtering, response policy zone\n");
    out.write("; categories: " + String.join(" ", categories) + "\n");
    out.write("$TTL 300\n");
    out.write("@ IN SOA localhost. hostmaster.localhost. " + serial + " 3600 600 86400 300\n");
    out.write("@ IN NS localhost.\n");
    forEachBlocked(
        lists,
        categories,
        d -> {
          out.write(d + " CNAME .\n");
          out.write("*." + d + " CNAME .\n");
        });
  }

  /**
   * Unbound {@code local-zone} lines: {@code always_nxdomain}, or {@code redirect} to the block
   * page's address when one is given (with its {@code local-data}).
   */
  public static void unbound(
      CompiledLists lists, List<String> categories, Writer out, String redirectAddress)
      throws IOException {
    out.write("# Passerelle web filtering, for unbound.conf (server: section)\n");
    forEachBlocked(
        lists,
        categories,
        d -> {
          if (redirectAddress == null) {
            out.write("local-zone: \"" + d + ".\" always_nxdomain\n");
          } else {
            out.write("local-zone: \"" + d + ".\" redirect\n");
            out.write("local-data: \"" + d + ". A " + redirectAddress + "\"\n");
          }
        });
  }

  /**
   * squidGuard's layout under {@code dbHome}: {@code <category>/domains}, {@code urls} and {@code
   * expressions}, plus {@code squidGuard.conf} blocking these categories and redirecting to the
   * block page.
   */
  public static void squidGuard(
      CompiledLists lists, List<String> categories, Path dbHome, String redirect)
      throws IOException {
    Files.createDirectories(dbHome);
    StringBuilder conf = new StringBuilder();
    conf.append("dbhome ").append(dbHome.toAbsolutePath()).append('\n');
    conf.append("logdir ").append(dbHome.toAbsolutePath()).append('\n').append('\n');
    StringBuilder pass = new StringBuilder();
    for (String category : categories) {
      int c = lists.category(category);
      if (c < 0) {
        continue;
      }
      Path dir = dbHome.resolve(category);
      Files.createDirectories(dir);
      try (Writer w = Files.newBufferedWriter(dir.resolve("domains"))) {
        lists.forEachDomain(
            c,
            d -> {
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
