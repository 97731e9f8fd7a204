package fr.passerelle.filtering;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Category lists compiled for matching: domains in a {@link DomainTable} (suffix match), URL
 * prefixes by host, and per category one combined pattern of its expressions. Immutable; safe to
 * share between threads.
 */
public final class CompiledLists {

  private static final int MAGIC_1 = 0x50464c31; // "PFL1": without the categories' usage
  private static final int MAGIC = 0x50464c32; // "PFL2"

  private final String[] categories;
  private final ListUsage[] usages;
  private final Map<String, Integer> categoryIndex;
  private final CategorySets sets;
  private final DomainTable domains;
  private final Map<String, UrlEntry[]> urls;
  private final int urlCount;
  private final boolean hasExpressions;
  private final Pattern[] expressions; // by category, null when none
  private final String[][] expressionSources;
  private final List<ListProblem> problems;
  private final long problemCount;

  /**
   * A URL prefix and its categories: {@code key} as listed ({@code host/path}), {@code path} as
   * matched (without trailing {@code /}).
   */
  public record UrlEntry(String key, String path, int set) {}

  private CompiledLists(
      String[] categories,
      ListUsage[] usages,
      CategorySets sets,
      DomainTable domains,
      Map<String, UrlEntry[]> urls,
      String[][] expressionSources,
      List<ListProblem> problems,
      long problemCount) {
    this.categories = categories;
    this.usages = usages;
    this.categoryIndex = new HashMap<>();
    for (int i = 0; i < categories.length; i++) {
      categoryIndex.put(categories[i], i);
    }
    this.sets = sets;
    this.domains = domains;
    this.urls = urls;
    this.urlCount = urls.values().stream().mapToInt(a -> a.length).sum();
    this.expressionSources = expressionSources;
    this.expressions = new Pattern[categories.length];
    boolean any = false;
    for (int i = 0; i < categories.length; i++) {
      String[] sources = expressionSources[i];
      if (sources != null && sources.length > 0) {
        StringBuilder all = new StringBuilder();
        for (String s : sources) {
          if (!all.isEmpty()) {
            all.append('|');
          }
          all.append("(?:").append(s).append(')');
        }
        expressions[i] = Pattern.compile(all.toString());
        any = true;
      }
    }
    this.hasExpressions = any;
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  public static CompiledLists empty() {
    return new Builder(16).build();
  }

  /** Reads and compiles a UT1 folder or archive; the tables grow with what is read. */
  public static CompiledLists compile(Path source) throws IOException {
    return compile(source, 0);
  }

  /**
   * Reads and compiles a UT1 folder or archive, with room made at first for about {@code
   * expectedDomains} domains (the tables grow beyond).
   */
  public static CompiledLists compile(Path source, int expectedDomains) throws IOException {
    Builder builder = new Builder(expectedDomains);
    Ut1Reader.read(source, builder);
    return builder.build();
  }

  public List<String> categories() {
    return List.of(categories);
  }

  /** The index of a category, or -1 when these lists do not have it. */
  public int category(String name) {
    Integer i = categoryIndex.get(name);
    return i == null ? -1 : i;
  }

  public String categoryName(int index) {
    return categories[index];
  }

  /** What the lists say a category is for (their {@code usage} file). */
  public ListUsage usage(int category) {
    return usages[category];
  }

  /** What the lists say a category is for, {@link ListUsage#UNKNOWN} when they do not have it. */
  public ListUsage usage(String category) {
    int c = category(category);
    return c < 0 ? ListUsage.UNKNOWN : usages[c];
  }

  /** The categories that may be used as block lists (all but those marked white only). */
  public List<String> blockCategories() {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < categories.length; c++) {
      if (usages[c].blockList()) {
        out.add(categories[c]);
      }
    }
    return out;
  }

  public CategorySets sets() {
    return sets;
  }

  public DomainTable domains() {
    return domains;
  }

  public int domainCount() {
    return domains.size();
  }

  public int urlCount() {
    return urlCount;
  }

  public int expressionCount() {
    int n = 0;
    for (String[] e : expressionSources) {
      n += e == null ? 0 : e.length;
    }
    return n;
  }

  /** The first malformed lines (at most 1,000) and how many there were in all. */
  public List<ListProblem> problems() {
    return problems;
  }

  public long problemCount() {
    return problemCount;
  }

  public boolean hasUrls() {
    return urlCount > 0;
  }

  public boolean hasExpressions() {
    return hasExpressions;
  }

  /**
   * Collects what matches a request into {@code into}: the host's suffixes, the URL prefixes of
   * {@code urlHost} (the host without {@code www.}) against the lower-case path, the expressions
   * against the lower-case URL. Any of them may be null.
   */
  public void match(
      String host, String urlHost, String path, String lowerUrl, Matches into, int source) {
    if (host != null) {
      domains.matchSuffixes(
          host, (entry, set) -> into.add(source, Matches.DOMAIN, set, entry, null));
    }
    if (urlHost != null && path != null && urlCount > 0) {
      UrlEntry[] candidates = urls.get(urlHost);
      if (candidates != null) {
        for (UrlEntry u : candidates) {
          if (prefixOnSegment(path, u.path())) {
            into.add(source, Matches.URL, u.set(), -1, u);
          }
        }
      }
    }
    if (hasExpressions && lowerUrl != null) {
      for (int c = 0; c < expressions.length; c++) {
        Pattern p = expressions[c];
        if (p != null && p.matcher(lowerUrl).find()) {
          into.addCategory(source, Matches.EXPRESSION, c, sets);
        }
      }
    }
  }

  /**
   * Whether a request's path (see {@link Hosts#normalPath}) falls under a listed one, cut on a
   * segment boundary: {@code /albums} covers {@code /albums}, {@code /albums/x}, {@code /albums?x}
   * and {@code /albums;x}, not {@code /albums-privees}; a listed path ending in {@code /} means the
   * same without it; an empty one the whole site; inside a query, {@code &} is a boundary too, and
   * a listed path ending in {@code ?}, {@code &} or {@code =} is a plain prefix.
   *
   * <p>squidGuard 1.4–1.6 (used with these lists for years) compares plain prefixes ({@code
   * strncmp} on the stripped URL in {@code sgDb.c}), so {@code site.test/albums} also catches
   * {@code /albums-privees} there; UT1's {@code urls} entries name pages and folders, which is what
   * the boundary keeps.
   */
  static boolean prefixOnSegment(String path, String listed) {
    int n = listed.length();
    if (!path.startsWith(listed)) {
      return false;
    }
    if (n == 0 || path.length() == n) {
      return true;
    }
    char last = listed.charAt(n - 1);
    if (last == '?' || last == '&' || last == '=') {
      return true;
    }
    char next = path.charAt(n);
    return next == '/' || next == '?' || next == ';' || (next == '&' && listed.indexOf('?') >= 0);
  }

  /** Every domain of a category, in table order. */
  public void forEachDomain(int category, java.util.function.Consumer<String> action) {
    for (int e = 0; e < domains.size(); e++) {
      if (sets.contains(domains.setOf(e), category)) {
        action.accept(domains.domain(e));
      }
    }
  }

  /** Every URL prefix of a category. */
  public void forEachUrl(int category, java.util.function.Consumer<String> action) {
    urls.values().stream()
        .flatMap(Arrays::stream)
        .filter(u -> sets.contains(u.set(), category))
        .map(UrlEntry::key)
        .sorted()
        .forEach(action);
  }

  public List<String> expressions(int category) {
    String[] e = expressionSources[category];
    return e == null ? List.of() : List.of(e);
  }

  /** Writes the compiled form, which {@link #load} reads back without parsing any list. */
  public void save(Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(categories.length);
      for (int c = 0; c < categories.length; c++) {
        out.writeUTF(categories[c]);
        out.writeByte(usages[c].ordinal());
      }
      out.writeInt(sets.count());
      for (int s = 0; s < sets.count(); s++) {
        long[] w = sets.words(s);
        out.writeInt(w.length);
        for (long x : w) {
          out.writeLong(x);
        }
      }
      domains.write(out);
      out.writeInt(urlCount);
      for (UrlEntry[] entries : urls.values()) {
        for (UrlEntry u : entries) {
          out.writeUTF(u.key());
          out.writeInt(u.set());
        }
      }
      for (String[] e : expressionSources) {
        out.writeInt(e == null ? 0 : e.length);
        if (e != null) {
          for (String s : e) {
            out.writeUTF(s);
          }
        }
      }
    }
  }

  public static CompiledLists load(Path file) throws IOException {
    try (InputStream is = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
      int magic = in.readInt();
      if (magic != MAGIC && magic != MAGIC_1) {
        throw new IOException("Not a Passerelle filtering snapshot: " + file);
      }
      String[] categories = new String[in.readInt()];
      ListUsage[] usages = new ListUsage[categories.length];
      for (int i = 0; i < categories.length; i++) {
        categories[i] = in.readUTF();
        usages[i] = magic == MAGIC_1 ? ListUsage.UNKNOWN : ListUsage.values()[in.readByte()];
      }
      long[][] words = new long[in.readInt()][];
      for (int s = 0; s < words.length; s++) {
        words[s] = new long[in.readInt()];
        for (int k = 0; k < words[s].length; k++) {
          words[s][k] = in.readLong();
        }
      }
      DomainTable domains = DomainTable.read(in, words.length);
      int urlCount = in.readInt();
      Map<String, List<UrlEntry>> byHost = new HashMap<>();
      for (int i = 0; i < urlCount; i++) {
        String key = in.readUTF();
        int set = in.readInt();
        addUrl(byHost, key, set);
      }
      String[][] expressions = new String[categories.length][];
      for (int c = 0; c < categories.length; c++) {
        int n = in.readInt();
        if (n > 0) {
          expressions[c] = new String[n];
          for (int k = 0; k < n; k++) {
            expressions[c][k] = in.readUTF();
          }
        }
      }
      return new CompiledLists(
          categories,
          usages,
          CategorySets.of(words),
          domains,
          freeze(byHost),
          expressions,
          List.of(),
          0);
    }
  }

  private static void addUrl(Map<String, List<UrlEntry>> byHost, String key, int set) {
    int slash = key.indexOf('/');
    String host = slash < 0 ? key : key.substring(0, slash);
    String path = slash < 0 ? "" : key.substring(slash);
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    path = end == 1 && path.charAt(0) == '/' ? "" : path.substring(0, end);
    byHost.computeIfAbsent(host, h -> new ArrayList<>(1)).add(new UrlEntry(key, path, set));
  }

  private static Map<String, UrlEntry[]> freeze(Map<String, List<UrlEntry>> byHost) {
    Map<String, UrlEntry[]> frozen = new HashMap<>(byHost.size() * 2);
    byHost.forEach((h, l) -> frozen.put(h, l.toArray(UrlEntry[]::new)));
    return frozen;
  }

  /** Receives a list as it is read and compiles it. */
  public static final class Builder implements ListSink {
    private final Map<String, Integer> categories = new LinkedHashMap<>();
    private final Map<Integer, ListUsage> usages = new HashMap<>();
    private final CategorySets.Builder sets = new CategorySets.Builder();
    private final DomainTable.Builder domains;
    private final Map<String, Integer> urlSets = new HashMap<>();
    private final Map<Integer, List<String>> expressions = new HashMap<>();
    private final List<ListProblem> problems = new ArrayList<>();
    private long problemCount;

    public Builder(int expectedDomains) {
      this.domains = new DomainTable.Builder(expectedDomains, sets);
    }

    public int category(String name) {
      Integer known = categories.get(name);
      if (known != null) {
        return known;
      }
      if (categories.size() >= 1 << 16) {
        throw new IllegalStateException("Too many categories");
      }
      categories.put(name, categories.size());
      return categories.size() - 1;
    }

    /** Adds a domain (normalised, see {@link Hosts#domain}); a leading {@code www.} is dropped. */
    @Override
    public void domain(String category, String domain) {
      domains.add(Hosts.withoutWww(domain), category(category));
    }

    /** UT1's domains take some 20 bytes a line: 16 errs on the side of room. */
    @Override
    public void expect(String category, String kind, long bytes) {
      if (kind.equals("domains")) {
        domains.reserve((int) Math.min(Integer.MAX_VALUE, bytes / 16));
      }
    }

    @Override
    public void usage(String category, ListUsage usage) {
      usages.put(category(category), usage);
    }

    @Override
    public void url(String category, String urlKey) {
      int c = category(category);
      urlSets.merge(urlKey, sets.with(CategorySets.EMPTY, c), (old, x) -> sets.with(old, c));
    }

    @Override
    public void expression(String category, String regex) {
      expressions.computeIfAbsent(category(category), k -> new ArrayList<>()).add(regex);
    }

    @Override
    public void problem(ListProblem problem) {
      problemCount++;
      if (problems.size() < 1000) {
        problems.add(problem);
      }
    }

    public CompiledLists build() {
      String[] names = categories.keySet().toArray(String[]::new);
      ListUsage[] usage = new ListUsage[names.length];
      for (int c = 0; c < names.length; c++) {
        usage[c] = usages.getOrDefault(c, ListUsage.UNKNOWN);
      }
      Map<String, List<UrlEntry>> byHost = new HashMap<>();
      urlSets.forEach((key, set) -> addUrl(byHost, key, set));
      String[][] expr = new String[names.length][];
      expressions.forEach((c, l) -> expr[c] = l.toArray(String[]::new));
      return new CompiledLists(
          names,
          usage,
          sets.build(),
          domains.build(),
          freeze(byHost),
          expr,
          problems,
          problemCount);
    }
  }
}
