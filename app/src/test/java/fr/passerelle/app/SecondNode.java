package fr.passerelle.app;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second application node in a process of its own, on the same PostgreSQL database as the tests'
 * node: what a real deployment runs, with nothing shared but the database. It joins the database as
 * the tests left it (no cleaning, the demo data already there) and is started once per test JVM,
 * then shared by the tests that need it, and stopped when the JVM ends. Its log is {@code
 * target/second-node.log}.
 */
public final class SecondNode {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static SecondNode running;

  private final Process process;
  private final int port;

  private SecondNode(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** The second node, started at the first call (with these extra properties, if any). */
  public static synchronized SecondNode get(String... properties) {
    if (running == null || !running.process.isAlive()) {
      running = start(properties);
      SecondNode started = running;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return running;
  }

  public int port() {
    return port;
  }

  public String url(String path) {
    return "http://localhost:" + port + "/" + path;
  }

  /** Stops the node as an operator would (SIGTERM), waiting for it to end. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SecondNode start(String... properties) {
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Application.class.getName());
    command.add("--spring.profiles.active=test");
    command.add("--server.port=" + port);
    command.add("--passerelle.test.clean-database=false");
    command.add("--spring.main.banner-mode=off");
    for (String property : properties) {
      command.add("--" + property);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.putIfAbsent("VAADIN_USAGE_STATS_ENABLED", "false");
    Path log = Path.of("target", "second-node.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      Files.createDirectories(log.getParent());
      Process process = builder.start();
      SecondNode node = new SecondNode(process, port);
      node.awaitReady(log);
      return node;
    } catch (IOException e) {
      throw new IllegalStateException("The second node did not start", e);
    }
  }

  private void awaitReady(Path log) {
    Instant end = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The second node stopped at start; see " + log);
      }
      try {
        HttpURLConnection c =
            (HttpURLConnection) URI.create(url("connexion")).toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    stop();
    throw new IllegalStateException("The second node did not answer in " + START_TIMEOUT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
