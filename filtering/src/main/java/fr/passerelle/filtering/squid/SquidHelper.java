package fr.passerelle.filtering.squid;

import fr.passerelle.filtering.Decision;
import fr.passerelle.filtering.Engine;
import fr.passerelle.filtering.EngineHolder;
import fr.passerelle.filtering.Request;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * swapped in without stopping. With {@code --counts FOLDER}, decisions are counted per school, day
 * and category and written there (see {@link CountsFile}). Errors go to stderr (Squid's cache.log).
 */
public final class SquidHelper {

  private final EngineHolder holder;
  private final boolean rewrite;
  private final byte[] blockPage;
  private CountsFile counts;

  SquidHelper(EngineHolder holder, boolean rewrite, String blockPage) {
    this.holder = holder;
    this.rewrite = rewrite;
    this.blockPage = blockPage.getBytes(StandardCharsets.UTF_8);
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
    // The standard streams themselves, without System.in's and System.out's buffers and locks.
    SquidHelper helper = new SquidHelper(holder, rewrite, blockPage);
    if (options.get("counts") != null) {
      helper.counts =
          new CountsFile(
              Path.of(options.get("counts")),
              Integer.parseInt(options.get("counts-seconds", "60")));
    }
    helper.serve(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
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

  /**
   * Answers every line of the input. Lines are read in blocks; the answers of a block are written
   * together once the block has no more complete line (so a pipelined stream of questions is
   * answered in large writes, and a single question at once). One clock reading per block.
   */
  void serve(InputStream input, OutputStream output) throws IOException {
    byte[] buf = new byte[1 << 16];
    Answers out = new Answers(output);
    int start = 0;
    int end = 0;
    while (true) {
      if (start == end) {
        start = 0;
        end = 0;
      } else if (end == buf.length) {
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          end -= start;
          start = 0;
        } else {
          buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
      }
      int n = input.read(buf, end, buf.length - end);
      if (n < 0) {
        break;
      }
      int scanFrom = end;
      end += n;
      Instant now = Instant.now();
      for (int i = scanFrom; i < end; i++) {
        if (buf[i] == '\n') {
          answer(buf, start, i, now, out);
          start = i + 1;
        }
      }
      out.flush();
      writeCounts(false);
    }
    if (start < end) {
      answer(buf, start, end, Instant.now(), out);
    }
    out.flush();
    writeCounts(true);
  }

  private void writeCounts(boolean force) {
    if (counts != null) {
      try {
        counts.writeIfDue(force);
      } catch (IOException e) {
        System.err.println("passerelle-squid-helper: counts not written, kept: " + e);
      }
    }
  }

  private Decision decide(Request request) {
    Engine engine = holder.get();
    Decision d = engine.decide(request);
    if (counts != null) {
      counts.count(d, request.time(), engine.policies().zone());
    }
    return d;
  }

  /** The answer to one line (without its newline), for tests. */
  String answer(String line, Instant now) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Answers out = new Answers(bytes);
    try {
      answer(b, 0, b.length, now, out);
      out.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.substring(0, text.length() - 1);
  }

  /** Answers the line in {@code b[from, to)}: fields split on spaces and tabs, no String[]. */
  private void answer(byte[] b, int from, int to, Instant now, Answers out) {
    int[] f = fieldsAt;
    int count = 0;
    int i = from;
    while (i < to && count < MAX_FIELDS) {
      while (i < to && (b[i] & 0xff) <= ' ') {
        i++;
      }
      int s = i;
      while (i < to && (b[i] & 0xff) > ' ') {
        i++;
      }
      if (i > s) {
        f[2 * count] = s;
        f[2 * count + 1] = i;
        count++;
      }
    }
    if (count == 0) {
      out.ascii("BH message=\"empty line\"").end();
      return;
    }
    int first = 0;
    if (count >= 2 && isNumber(b, f[0], f[1])) {
      out.bytes(b, f[0], f[1]).ascii(" ");
      first = 1;
    }
    int mark = out.mark();
    try {
      if (rewrite) {
        int urlAt = 2 * first;
        String url = text(b, f[urlAt], f[urlAt + 1]);
        String client = null;
        if (count > first + 1) {
          int s = f[urlAt + 2];
          int e = s;
          while (e < f[urlAt + 3] && b[e] != '/') {
            e++;
          }
          client = text(b, s, e);
        }
        Decision d = decide(new Request(client, null, null, url, now));
        if (d.allowed()) {
          out.ascii("ERR").end();
        } else {
          out.ascii("OK status=302 url=\"").bytes(blockPage, 0, blockPage.length);
          out.ascii("?url=");
          out.urlEncoded(b, f[urlAt], f[urlAt + 1]);
          if (d.category() != null) {
            out.ascii("&categorie=").ascii(d.category());
          }
          out.ascii("\"").end();
        }
        return;
      }
      if (count < first + 2) {
        out.ascii("BH message=\"expected: client URL\"").end();
        return;
      }
      int at = 2 * first;
      String client = text(b, f[at], f[at + 1]);
      String url = text(b, f[at + 2], f[at + 3]);
      Long classId = null;
      if (count > first + 2 && isNumber(b, f[at + 4], f[at + 5])) {
        classId = Long.valueOf(text(b, f[at + 4], f[at + 5]));
      }
      Decision d = decide(new Request(client, null, classId, url, now));
      out.ascii(d.allowed() ? "OK" : "ERR");
      if (d.category() != null) {
        out.ascii(" tag=").text(d.category());
      }
      out.ascii(" message=\"").text(quote(d.explain())).ascii("\"").end();
    } catch (RuntimeException e) {
      out.reset(mark);
      out.ascii("BH message=\"").text(quote(String.valueOf(e.getMessage()))).ascii("\"").end();
    }
  }

  private static final int MAX_FIELDS = 4;
  private final int[] fieldsAt = new int[2 * MAX_FIELDS];

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  private static boolean isNumber(byte[] b, int from, int to) {
    if (to <= from || to - from > 18) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return false;
      }
    }
    return true;
  }

  /** The answers of a block of lines, as bytes, written out together. */
  private static final class Answers {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private final OutputStream output;
    private byte[] buf = new byte[1 << 16];
    private int size;

    Answers(OutputStream output) {
      this.output = output;
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    Answers bytes(byte[] b, int from, int to) {
      room(to - from);
      System.arraycopy(b, from, buf, size, to - from);
      size += to - from;
      return this;
    }

    /** Text known to be ASCII (fixed words, categories, the block page address). */
    Answers ascii(String s) {
      int n = s.length();
      room(n);
      for (int k = 0; k < n; k++) {
        buf[size++] = (byte) s.charAt(k);
      }
      return this;
    }

    Answers text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      return bytes(b, 0, b.length);
    }

    /** As {@link java.net.URLEncoder} with UTF-8, on the bytes as they came. */
    Answers urlEncoded(byte[] b, int from, int to) {
      room(3 * (to - from));
      for (int k = from; k < to; k++) {
        int c = b[k] & 0xff;
        if ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '.'
            || c == '-'
            || c == '*'
            || c == '_') {
          buf[size++] = (byte) c;
        } else if (c == ' ') {
          buf[size++] = '+';
        } else {
          buf[size++] = '%';
          buf[size++] = HEX[c >>> 4];
          buf[size++] = HEX[c & 15];
        }
      }
      return this;
    }

    void end() {
      room(1);
      buf[size++] = '\n';
    }

    int mark() {
      return size;
    }

    void reset(int mark) {
      size = mark;
    }

    void flush() throws IOException {
      if (size > 0) {
        output.write(buf, 0, size);
        size = 0;
      }
      output.flush();
    }
  }

  private static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
