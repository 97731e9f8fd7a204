package fr.passerelle.filtering.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes UT1-shaped lists (a folder per category with {@code domains} and {@code urls}) and a query
 * stream in the URL-rewrite protocol ({@code URL client/- - GET}), deterministic (seed 42).
 *
 * <pre>
 * java -cp passerelle-filtering.jar fr.passerelle.filtering.bench.Generate OUT 4500000 100000 1000000
 * </pre>
 */
public final class Generate {

  private static final String[] SYLLABLES = {
    "ba", "be", "bi", "bo", "ca", "co", "cu", "da", "de", "di", "do", "fa", "fe", "fi", "ga", "go",
    "ha", "he", "ja", "jo", "ka", "ki", "ko", "la", "le", "li", "lo", "lu", "ma", "me", "mi", "mo",
    "na", "ne", "ni", "no", "pa", "pe", "pi", "po", "ra", "re", "ri", "ro", "sa", "se", "si", "so",
    "ta", "te", "ti", "to", "va", "ve", "vi", "xa", "ya", "za", "zo", "tube", "hot", "cam", "net",
    "web", "shop", "play", "bet", "win", "free", "top", "best", "club", "zone", "live", "pro"
  };
  private static final String[] TLDS = {
    "com", "com", "com", "com", "com", "com", "com", "com", "com", "net", "net", "org", "fr", "fr",
    "de", "de", "ru", "ru", "info", "xyz", "co.uk", "nl", "it", "es", "pl", "br", "jp", "io", "tv",
    "me", "cz", "eu", "online", "site", "biz", "ca", "be", "ch"
  };
  private static final String[] IDN = {"é", "è", "ü", "ö", "ñ", "ç", "å", "ø"};
  private static final String[] PREFIXES = {"www.", "m.", "cdn.", "img.", "static.", "fr.", "en."};

  /** Categories and their share of the domains, roughly as in UT1. */
  private static final Object[][] CATEGORIES = {
    {"publicite", 0.03},
    {"malware", 0.03},
    {"phishing", 0.03},
    {"games", 0.02},
    {"gambling", 0.01},
    {"redirector", 0.01},
    {"social_networks", 0.005},
    {"dating", 0.005},
    {"adult", 0.86},
  };

  private Generate() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int domains = Integer.parseInt(args[1]);
    int urls = Integer.parseInt(args[2]);
    int queries = Integer.parseInt(args[3]);
    Random random = new Random(42);
    Path lists = out.resolve("blacklists");
    Map<String, BufferedWriter> writers = new HashMap<>();
    List<String> sample = new ArrayList<>();
    Set<String> seen = new HashSet<>(domains * 2);
    int written = 0;
    for (Object[] c : CATEGORIES) {
      String category = (String) c[0];
      Path dir = lists.resolve(category);
      Files.createDirectories(dir);
      writers.put(
          category, Files.newBufferedWriter(dir.resolve("domains"), StandardCharsets.UTF_8));
    }
    for (Object[] c : CATEGORIES) {
      String category = (String) c[0];
      boolean last = c == CATEGORIES[CATEGORIES.length - 1];
      int n = last ? domains - written : (int) (domains * (double) c[1]);
      BufferedWriter w = writers.get(category);
      w.write("# generated " + category + "\n");
      int count = 0;
      while (count < n && written < domains) {
        String d = domain(random);
        if (!seen.add(d)) {
          continue;
        }
        w.write(d);
        w.write('\n');
        count++;
        written++;
        if (random.nextInt(40) == 0) {
          sample.add(d);
        }
      }
    }
    for (BufferedWriter w : writers.values()) {
      w.close();
    }
    List<String> urlSample = new ArrayList<>();
    try (BufferedWriter w =
        Files.newBufferedWriter(lists.resolve("adult/urls"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < urls; i++) {
        String u =
            "host"
                + random.nextInt(50_000)
                + "."
                + word(random)
                + ".com/"
                + word(random)
                + "/"
                + word(random);
        w.write(u);
        w.write('\n');
        if (random.nextInt(20) == 0) {
          urlSample.add(u);
        }
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(out.resolve("queries.txt"), StandardCharsets.UTF_8)) {
      for (int i = 0; i < queries; i++) {
        int kind = random.nextInt(100);
        String url;
        if (kind < 25) {
          String d = sample.get(random.nextInt(sample.size()));
          String sub = random.nextBoolean() ? PREFIXES[random.nextInt(PREFIXES.length)] : "";
          url = "http://" + sub + d + "/" + word(random) + ".html";
        } else if (kind < 30) {
          url =
              "http://"
                  + urlSample.get(random.nextInt(urlSample.size()))
                  + "/page"
                  + random.nextInt(100);
        } else {
          url =
              "https://"
                  + (random.nextBoolean() ? "www." : "")
                  + domain(random)
                  + "/"
                  + word(random)
                  + "?id="
                  + random.nextInt(1000);
        }
        w.write(url + " 10.42.1." + (1 + random.nextInt(200)) + "/- - GET -\n");
      }
    }
    System.out.printf("%d domains, %d URLs, %d queries in %s%n", written, urls, queries, out);
  }

  static String domain(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextInt(100) < 30) {
      b.append(r.nextBoolean() ? PREFIXES[r.nextInt(PREFIXES.length)] : word(r) + ".");
    }
    b.append(word(r));
    if (r.nextInt(4) == 0) {
      b.append(r.nextBoolean() ? "-" : "").append(word(r));
    }
    if (r.nextInt(100) == 0) {
      b.append(IDN[r.nextInt(IDN.length)]).append(word(r));
    }
    if (r.nextInt(5) == 0) {
      b.append(r.nextInt(1000));
    }
    return b.append('.').append(TLDS[r.nextInt(TLDS.length)]).toString();
  }

  static String word(Random r) {
    int n = 2 + r.nextInt(3);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }
}
