package fr.passerelle.filtering.bench;

import fr.passerelle.filtering.Action;
import fr.passerelle.filtering.CompiledLists;
import fr.passerelle.filtering.Decision;
import fr.passerelle.filtering.Engine;
import fr.passerelle.filtering.Layer;
import fr.passerelle.filtering.Policies;
import fr.passerelle.filtering.Request;
import fr.passerelle.filtering.Rule;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine alone, in one thread: compile time of the lists, heap after GC and RSS, then decisions
 * per second over the query stream (3 rounds after a warm-up) and per-decision latency.
 *
 * <pre>java -cp ... EngineBench LISTS_FOLDER QUERIES [SNAPSHOT_OUT]</pre>
 */
public final class EngineBench {

  private EngineBench() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    long compileCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    CompiledLists lists = CompiledLists.compile(Path.of(args[0]));
    double compile = (System.nanoTime() - t0) / 1e9;
    double compileCpu =
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - compileCpu0) / 1e9;
    List<Rule> rules = new ArrayList<>();
    for (String c : lists.categories()) {
      rules.add(new Rule(Action.BLOCK, c, null, true));
    }
    Engine engine = new Engine(lists, Policies.territoryOnly(new Layer("territory", false, rules)));
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf(
        "compiled %d domains, %d URLs, %d categories in %.1f s (thread CPU %.1f s); heap after GC"
            + " %d MB (lists and engine, before the queries are read); RSS %s%n",
        lists.domainCount(),
        lists.urlCount(),
        lists.categories().size(),
        compile,
        compileCpu,
        heap >> 20,
        PipeBench.status(ProcessHandle.current().pid(), "VmRSS"));
    String[] queries =
        Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
            .map(l -> l.substring(0, l.indexOf(' ')))
            .toArray(String[]::new);
    if (args.length > 2) {
      long s0 = System.nanoTime();
      lists.save(Path.of(args[2]));
      long s1 = System.nanoTime();
      CompiledLists.load(Path.of(args[2]));
      System.out.printf(
          "snapshot: saved in %.1f s, loaded in %.1f s, %d MB%n",
          (s1 - s0) / 1e9, (System.nanoTime() - s1) / 1e9, Files.size(Path.of(args[2])) >> 20);
    }
    Instant now = Instant.now();
    int blocked = 0;
    for (int round = 0; round < 4; round++) {
      long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long r0 = System.nanoTime();
      blocked = 0;
      for (String q : queries) {
        Decision d = engine.decide(new Request("10.42.1.5", null, null, q, now));
        if (!d.allowed()) {
          blocked++;
        }
      }
      double s = (System.nanoTime() - r0) / 1e9;
      double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(
          "%s round %d: %d decisions in %.2f s = %.0f decisions/s (thread CPU %.2f s = %.0f"
              + " decisions per CPU second), %d blocked%n",
          round == 0 ? "warm-up" : "measured",
          round,
          queries.length,
          s,
          queries.length / s,
          cpu,
          queries.length / cpu,
          blocked);
    }
    long[] latencies = new long[Math.min(200_000, queries.length)];
    for (int i = 0; i < latencies.length; i++) {
      long a = System.nanoTime();
      engine.decide(new Request("10.42.1.5", null, null, queries[i], now));
      latencies[i] = System.nanoTime() - a;
    }
    Arrays.sort(latencies);
    System.out.printf(
        "latency per decision: p50 %.2f us, p99 %.2f us, p99.9 %.2f us%n",
        latencies[latencies.length / 2] / 1e3,
        latencies[(int) (latencies.length * 0.99)] / 1e3,
        latencies[(int) (latencies.length * 0.999)] / 1e3);
  }
}
