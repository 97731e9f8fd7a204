package fr.passerelle.filtering.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Drives a helper (any command speaking a line-per-request protocol on stdin/stdout) with a query
 * file: first one request at a time (latency, p50/p99), then the whole stream pipelined by a writer
 * thread (decisions per second). Reports the helper's peak RSS (VmHWM) and how many answers rewrote
 * (blocked).
 *
 * <pre>java -cp ... PipeBench QUERIES LATENCY_COUNT -- command args...</pre>
 */
public final class PipeBench {

  private PipeBench() {}

  public static void main(String[] args) throws Exception {
    Path queries = Path.of(args[0]);
    int latencyCount = Integer.parseInt(args[1]);
    List<String> command = Arrays.asList(args).subList(3, args.length);
    List<String> lines = Files.readAllLines(queries, StandardCharsets.UTF_8);
    long startedAt = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedWriter in =
        new BufferedWriter(
            new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    // The first answer tells when the helper is ready (lists loaded).
    in.write(lines.get(0));
    in.write('\n');
    in.flush();
    out.readLine();
    double readySeconds = (System.nanoTime() - startedAt) / 1e9;
    long[] latencies = new long[latencyCount];
    for (int i = 0; i < latencyCount; i++) {
      String q = lines.get(1 + i % (lines.size() - 1));
      long t0 = System.nanoTime();
      in.write(q);
      in.write('\n');
      in.flush();
      out.readLine();
      latencies[i] = System.nanoTime() - t0;
    }
    Arrays.sort(latencies);
    Thread writer =
        new Thread(
            () -> {
              try {
                for (String q : lines) {
                  in.write(q);
                  in.write('\n');
                }
                in.flush();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    long cpu0 = cpuTicks(p.pid());
    long t0 = System.nanoTime();
    writer.start();
    int blocked = 0;
    for (int i = 0; i < lines.size(); i++) {
      String answer = out.readLine();
      if (answer == null) {
        throw new IOException("Helper stopped after " + i + " answers");
      }
      if (answer.contains("OK") || (!answer.isEmpty() && !answer.startsWith("ERR"))) {
        blocked++;
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (cpuTicks(p.pid()) - cpu0) / 100.0;
    String hwm = status(p.pid(), "VmHWM");
    in.close();
    p.waitFor();
    System.out.printf(
        "%s: ready in %.1f s; %d queries pipelined in %.2f s = %.0f decisions/s (helper CPU"
            + " %.2f s = %.0f decisions per CPU second); one at a time: p50 %.1f us, p99 %.1f us;"
            + " %d blocked; peak RSS %s%n",
        command.stream()
            .filter(a -> a.contains("quid"))
            .findFirst()
            .orElse(command.get(0))
            .replaceAll(".*/", ""),
        readySeconds,
        lines.size(),
        seconds,
        lines.size() / seconds,
        cpuSeconds,
        lines.size() / cpuSeconds,
        latencies[latencyCount / 2] / 1e3,
        latencies[(int) (latencyCount * 0.99)] / 1e3,
        blocked,
        hwm);
  }

  /** User plus system CPU time of a process, in clock ticks (1/100 s). */
  static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  static String status(long pid, String field) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith(field + ":")) {
          return l.substring(field.length() + 1).strip();
        }
      }
    } catch (IOException e) {
      return "?";
    }
    return "?";
  }
}
