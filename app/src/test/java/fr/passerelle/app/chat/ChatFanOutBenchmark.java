package fr.passerelle.app.chat;

import fr.passerelle.app.Application;
import fr.passerelle.app.DemoAccounts;
import fr.passerelle.media.live.Broadcaster.Subscription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chat fan-out benchmark (docs/benchmarks.md, "Class chat (fan-out)"). Not a test: its name
 * keeps it out of {@code verify}. Run it alone:
 *
 * <pre>
 * ENT_DB_URL=jdbc:postgresql://localhost:5432/passerelle_h4 ./mvnw -B -o -pl app -am verify \
 *   -Dtest=ChatFanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * What is measured: from just before {@code ChatMessages.send} (a real transaction, with the
 * NOTIFY) to the moment each of 30 subscribers has the signal <em>and</em> has re-read the message
 * through {@code ChatMessages.delivered} as a class member (what a view does inside {@code
 * UI.access}). Not measured: Vaadin's push round trip and the browser's rendering.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"passerelle.chat.rate.max-messages=1000000", "logging.level.root=error"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatFanOutBenchmark {

  static final int SUBSCRIBERS = 30;
  static final int WARM_UP = 50;
  static final int MESSAGES = 300;
  static final int THROUGHPUT_SECONDS = 10;

  @Autowired JdbcClient jdbc;
  @Autowired UserDetailsService users;
  @Autowired ChatRooms rooms;
  @Autowired ChatMessages messages;
  @Autowired ChatFanOut fanOut;

  ConfigurableApplicationContext nodeB;
  SecurityContextHolderStrategy strategyA;
  SecurityContextHolderStrategy strategyB;
  ChatCallers callers;
  long room;
  org.springframework.security.core.Authentication lea;

  @BeforeAll
  void setUp() {
    strategyA = SecurityContextHolder.getContextHolderStrategy();
    nodeB =
        new SpringApplicationBuilder(Application.class)
            .profiles("test")
            .properties(
                "server.port=0",
                "spring.main.banner-mode=off",
                "passerelle.chat.rate.max-messages=1000000",
                "logging.level.root=error")
            .run();
    strategyB = SecurityContextHolder.getContextHolderStrategy();
    SecurityContextHolder.setContextHolderStrategy(strategyA);
    callers = new ChatCallers(users);
    var user = users.loadUserByUsername("lea.martin");
    lea =
        org.springframework.security.authentication.UsernamePasswordAuthenticationToken
            .authenticated(user, null, user.getAuthorities());
    long ce1 = new DemoAccounts(jdbc).schoolClass("0420101A", "CE1");
    room = callers.as("enseignante.ferry", () -> rooms.classRoom(ce1)).id();
  }

  @AfterAll
  void tearDown() {
    if (nodeB != null) {
      nodeB.close();
    }
    SecurityContextHolder.setContextHolderStrategy(strategyA);
  }

  @Test
  void fanOutLatencyOnOneNodeAndAcrossTwoNodes() throws InterruptedException {
    List<Double> one = latencies(fanOut, messages, strategyA, "one node");
    List<Double> two =
        latencies(
            nodeB.getBean(ChatFanOut.class),
            nodeB.getBean(ChatMessages.class),
            strategyB,
            "two nodes");
    report("one node", one);
    report("across two nodes", two);
  }

  @Test
  void messagesPerSecondOneNodeSustains() throws InterruptedException {
    AtomicLong delivered = new AtomicLong();
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      subscriptions.add(
          fanOut.subscribe(
              room,
              s -> {
                if (s.kind() == ChatSignal.Kind.MESSAGE) {
                  reread(messages, strategyA, s.subjectId());
                  delivered.incrementAndGet();
                }
              }));
    }
    int senders = 4;
    AtomicLong sent = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(THROUGHPUT_SECONDS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < senders; t++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (System.nanoTime() < end) {
                      callers.as("enseignante.ferry", () -> messages.send(room, "Débit"));
                      sent.incrementAndGet();
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long expected = sent.get() * SUBSCRIBERS;
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (delivered.get() < expected && System.nanoTime() < waitUntil) {
      Thread.sleep(50);
    }
    long drainedAt = System.nanoTime();
    subscriptions.forEach(Subscription::close);
    double seconds = THROUGHPUT_SECONDS + (drainedAt - end) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "BENCH throughput: %d senders, %d subscribers: %d messages in %d s = %.0f messages/s"
            + " sent; %d of %d deliveries (with re-read) done %.1f s after the last send ="
            + " %.0f deliveries/s%n",
        senders,
        SUBSCRIBERS,
        sent.get(),
        THROUGHPUT_SECONDS,
        sent.get() / (double) THROUGHPUT_SECONDS,
        delivered.get(),
        expected,
        (drainedAt - end) / 1e9,
        delivered.get() / seconds);
  }

  private List<Double> latencies(
      ChatFanOut node, ChatMessages reader, SecurityContextHolderStrategy strategy, String label)
      throws InterruptedException {
    int total = WARM_UP + MESSAGES;
    long[] sentAt = new long[total];
    CountDownLatch[] done = new CountDownLatch[total];
    for (int i = 0; i < total; i++) {
      done[i] = new CountDownLatch(SUBSCRIBERS);
    }
    String prefix = "Bench " + label + " #";
    List<Double> samples = Collections.synchronizedList(new ArrayList<>());
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      subscriptions.add(
          node.subscribe(
              room,
              s -> {
                if (s.kind() != ChatSignal.Kind.MESSAGE) {
                  return;
                }
                String body = reread(reader, strategy, s.subjectId());
                long now = System.nanoTime();
                if (!body.startsWith(prefix)) {
                  return;
                }
                int index = Integer.parseInt(body.substring(prefix.length()));
                if (index >= WARM_UP) {
                  samples.add((now - sentAt[index]) / 1e6);
                }
                done[index].countDown();
              }));
    }
    try {
      for (int i = 0; i < total; i++) {
        int index = i;
        sentAt[i] = System.nanoTime();
        callers.as("enseignante.ferry", () -> messages.send(room, prefix + index));
        if (!done[i].await(5, TimeUnit.SECONDS)) {
          System.out.println("BENCH " + label + ": message " + i + " not fully delivered");
        }
        Thread.sleep(10);
      }
    } finally {
      subscriptions.forEach(Subscription::close);
    }
    return new ArrayList<>(samples);
  }

  /** What a view does with a signal: read the message as a member of the room. */
  private String reread(ChatMessages reader, SecurityContextHolderStrategy strategy, long id) {
    var context = strategy.createEmptyContext();
    context.setAuthentication(lea);
    // In one JVM two nodes have two strategies: the node's method security reads its own, its
    // CurrentUser the JVM-wide one (node A's). On separate machines they are the same.
    strategy.setContext(context);
    strategyA.setContext(context);
    try {
      return reader.delivered(id).orElseThrow().body();
    } finally {
      strategy.clearContext();
      strategyA.clearContext();
    }
  }

  private static void report(String label, List<Double> samples) {
    Collections.sort(samples);
    System.out.printf(
        Locale.ROOT,
        "BENCH latency %s: %d deliveries (%d messages x %d subscribers): p50 %.1f ms, p95 %.1f"
            + " ms, p99 %.1f ms, max %.1f ms%n",
        label,
        samples.size(),
        MESSAGES,
        SUBSCRIBERS,
        percentile(samples, 50),
        percentile(samples, 95),
        percentile(samples, 99),
        samples.getLast());
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
