package fr.passerelle.filtering.squid;

import fr.passerelle.filtering.Decision;
import fr.passerelle.filtering.EngineHolder;
import fr.passerelle.filtering.Request;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A Squid helper on stdin/stdout, one request a line, with or without Squid's channel IDs
 * (concurrency): a leading number followed by more fields is taken as the channel ID and repeated
 * in the answer.
 *
 * <ul>
 *   <li>{@code --mode acl} (external ACL, the default): input {@code [channel] client URL [class]},
 *       e.g. {@code external_acl_type passerelle concurrency=100 ttl=60 %SRC %URI}; answers {@code
 *       OK} when allowed, {@code ERR} when blocked, with {@code tag=} (category) and {@code
 *       message=} (the rule);
 *   <li>{@code --mode rewrite} (url_rewrite_program): input {@code [channel] URL client/fqdn ...};
 *       answers {@code ERR} (unchanged) or {@code OK status=302 url=<block page>?url=...}.
 * </ul>
 *
 * A new snapshot or policy file is picked up every {@code --reload-seconds} (default 30) and
 * swapped in without stopping. Errors go to stderr (Squid's cache.log).
 */
public final class SquidHelper {

  private final EngineHolder holder;
  private final boolean rewrite;
  private final String blockPage;

  SquidHelper(EngineHolder holder, boolean rewrite, String blockPage) {
    this.holder = holder;
    this.rewrite = rewrite;
    this.blockPage = blockPage;
  }

  public static void main(String[] args) throws IOException {
    PrintStream err = System.err;
    Options options;
    EngineLoader loader;
    try {
      options = new Options(args, 0);
      loader = new EngineLoader(options);
    } catch (IllegalArgumentException e) {
      err.println("passerelle-squid-helper: " + e.getMessage());
      System.exit(2);
      return;
    }
    long started = System.nanoTime();
    EngineHolder holder = new EngineHolder(loader.load());
    err.printf(
        "passerelle-squid-helper: %d domains, %d URLs loaded in %d ms%n",
        holder.get().lists().domainCount(),
        holder.get().lists().urlCount(),
        (System.nanoTime() - started) / 1_000_000);
    int reload = Integer.parseInt(options.get("reload-seconds", "30"));
    if (reload > 0) {
      startReloader(loader, holder, reload, err);
    }
    boolean rewrite = options.get("mode", "acl").equals("rewrite");
    String blockPage = options.get("block-page", "http://passerelle.invalid/filtrage/bloque");
    new SquidHelper(holder, rewrite, blockPage).serve(System.in, System.out);
  }

  private static void startReloader(
      EngineLoader loader, EngineHolder holder, int seconds, PrintStream err) {
    Thread t =
        new Thread(
            () -> {
              long stamp = loader.stamp();
              while (true) {
                try {
                  Thread.sleep(seconds * 1000L);
                  long now = loader.stamp();
                  if (now != stamp) {
                    stamp = now;
                    holder.swap(loader.load());
                    err.println("passerelle-squid-helper: new lists or policy in service");
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (IOException | RuntimeException e) {
                  err.println("passerelle-squid-helper: reload failed, keeping the old one: " + e);
                }
              }
            },
            "reload");
    t.setDaemon(true);
    t.start();
  }

  void serve(InputStream input, java.io.OutputStream output) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
    Writer out =
        new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
    String line;
    while ((line = in.readLine()) != null) {
      out.write(answer(line, Instant.now()));
      out.write('\n');
      if (!in.ready()) {
        out.flush();
      }
    }
    out.flush();
  }

  /** The answer to one line (without its newline). */
  String answer(String line, Instant now) {
    String[] f = fields(line);
    String channel = null;
    int i = 0;
    if (f.length >= 2 && isNumber(f[0])) {
      channel = f[0];
      i = 1;
    }
    String prefix = channel == null ? "" : channel + " ";
    try {
      String client;
      String url;
      Long classId = null;
      if (rewrite) {
        url = f[i];
        String src = f.length > i + 1 ? f[i + 1] : null;
        client = src == null ? null : src.split("/")[0];
      } else {
        if (f.length < i + 2) {
          return prefix + "BH message=\"expected: client URL\"";
        }
        client = f[i];
        url = f[i + 1];
        if (f.length > i + 2 && isNumber(f[i + 2])) {
          classId = Long.valueOf(f[i + 2]);
        }
      }
      Decision d = holder.decide(new Request(client, null, classId, url, now));
      if (rewrite) {
        if (d.allowed()) {
          return prefix + "ERR";
        }
        return prefix
            + "OK status=302 url=\""
            + blockPage
            + "?url="
            + URLEncoder.encode(url, StandardCharsets.UTF_8)
            + (d.category() == null ? "" : "&categorie=" + d.category())
            + "\"";
      }
      String tag = d.category() == null ? "" : " tag=" + d.category();
      return prefix
          + (d.allowed() ? "OK" : "ERR")
          + tag
          + " message=\""
          + quote(d.explain())
          + "\"";
    } catch (RuntimeException e) {
      return prefix + "BH message=\"" + quote(String.valueOf(e.getMessage())) + "\"";
    }
  }

  /**
   * The fields of a line, split on spaces and tabs (no regular expression: this is per request).
   */
  static String[] fields(String line) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>(6);
    int n = line.length();
    int i = 0;
    while (i < n) {
      while (i < n && line.charAt(i) <= ' ') {
        i++;
      }
      int start = i;
      while (i < n && line.charAt(i) > ' ') {
        i++;
      }
      if (i > start) {
        out.add(line.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  private static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
