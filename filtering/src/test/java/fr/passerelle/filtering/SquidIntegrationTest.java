package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debian's Squid with the helper as documented: the {@code url_rewrite_program} lines of the
 * launcher's own header, the launcher and the jar laid out as installed ({@code bin/} and {@code
 * lib/}), Squid started with a bare environment (no {@code JAVA_HOME}; on Debian 12 the {@code
 * java} on its PATH is Java 17), as root when the tests run as root (Squid then runs its helpers as
 * {@code proxy}). Blocked requests get a 302 to the block page with the category, over HTTP and
 * CONNECT; allowed ones reach a small local server, over HTTP and through a CONNECT tunnel.
 */
class SquidIntegrationTest {

  private static final String BLOCK_PAGE = "https://ent.example.fr/filtrage/bloque";

  private static Path dir;
  private static Process squid;
  private static HttpServer origin;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    Path binary =
        Stream.of("/usr/sbin/squid", "/usr/bin/squid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst()
            .orElse(null);
    assumeTrue(binary != null, "Squid is not installed (apt-get install squid; .ci/run does)");
    dir = Path.of("target/squid-it").toAbsolutePath();
    deleteTree(dir);
    if (!traversableByAll(dir.getParent())) {
      // Squid started as root runs its helpers as another user, who must reach them.
      dir = Files.createTempDirectory("passerelle-squid-it");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Path install = dir.resolve("opt/passerelle/filtering");
    Path data = dir.resolve("var/lib/passerelle/filtering");
    Path logs = dir.resolve("logs");
    Files.createDirectories(install.resolve("bin"));
    Files.createDirectories(install.resolve("lib"));
    Files.createDirectories(data);
    Files.createDirectories(logs);
    // Squid started as root runs as proxy: it must write its logs and read the rest.
    Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));
    try (Stream<Path> scripts = Files.list(Path.of("bin"))) {
      for (Path s : scripts.toList()) {
        Files.copy(
            s,
            install.resolve("bin").resolve(s.getFileName()),
            java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    jar(Path.of("target/classes"), install.resolve("lib/passerelle-filtering-test.jar"));
    Fixtures.lists().save(data.resolve("lists.snapshot"));
    Files.writeString(
        data.resolve("policy.txt"),
        """
        zone Europe/Paris
        layer territory whitelist=false
        rule territory locked block adult
        rule territory - block forums
        """);

    origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.createContext(
        "/hello",
        exchange -> {
          byte[] body = "hello from the origin".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    origin.start();

    port = freePort();
    StringBuilder conf = new StringBuilder();
    conf.append("http_port 127.0.0.1:").append(port).append('\n');
    conf.append(
        """
        visible_hostname passerelle-test
        pid_filename %1$s/squid.pid
        cache_log %1$s/cache.log
        access_log %1$s/access.log
        cache_store_log none
        coredump_dir %1$s
        cache deny all
        pinger_enable off
        shutdown_lifetime 1 second
        acl tests src 127.0.0.0/8
        http_access allow tests
        http_access deny all
        """
            .formatted(logs));
    conf.append(
        documentedRewriteLines()
            .replace("/opt/passerelle/filtering", install.toString())
            .replace("/var/lib/passerelle/filtering", data.toString()));
    Path squidConf = dir.resolve("squid.conf");
    Files.writeString(squidConf, conf);

    ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-N", "-f", squidConf.toString());
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
    pb.redirectErrorStream(true).redirectOutput(logs.resolve("squid.out").toFile());
    squid = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        break;
      } catch (IOException notYet) {
        if (!squid.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError("Squid did not start: " + logs(), notYet);
        }
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (squid != null) {
      squid.destroy();
      if (!squid.waitFor(10, TimeUnit.SECONDS)) {
        squid.destroyForcibly();
      }
    }
    if (origin != null) {
      origin.stop(0);
    }
    if (dir != null && !dir.startsWith(Path.of("target").toAbsolutePath())) {
      deleteTree(dir);
    }
  }

  /** The URL rewrite lines of the launcher's header, comment marks removed. */
  static String documentedRewriteLines() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("bin/passerelle-squid-helper"));
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("# squid.conf, URL rewrite")) {
        in = true;
      } else if (in && line.strip().equals("#")) {
        break;
      } else if (in) {
        out.append(line.replaceFirst("^#\\s+", "")).append('\n');
      }
    }
    assertThat(out.toString()).contains("url_rewrite_program ", "url_rewrite_children ");
    return out.toString();
  }

  @Test
  void aBlockedHttpRequestIsRedirectedToTheBlockPageWithItsCategory() throws Exception {
    Answer a = ask("GET http://www.xxx-example.com/page?a=1 HTTP/1.1\r\nHost: www.xxx-example.com");
    assertThat(a.status()).as(a.text()).isEqualTo(302);
    assertThat(a.header("Location"))
        .isEqualTo(
            BLOCK_PAGE + "?url=http%3A%2F%2Fwww.xxx-example.com%2Fpage%3Fa%3D1&categorie=adult");
    Answer forum = ask("GET http://forum-example.org/ HTTP/1.1\r\nHost: forum-example.org");
    assertThat(forum.header("Location")).endsWith("&categorie=forums");
  }

  @Test
  void aBlockedConnectIsRedirectedToTheBlockPageWithItsCategory() throws Exception {
    Answer a = ask("CONNECT xxx-example.com:443 HTTP/1.1\r\nHost: xxx-example.com:443");
    assertThat(a.status()).as(a.text()).isEqualTo(302);
    assertThat(a.header("Location"))
        .isEqualTo(BLOCK_PAGE + "?url=xxx-example.com%3A443&categorie=adult");
  }

  @Test
  void anUnreadableRequestIsRedirectedToo() throws Exception {
    Answer a = ask("GET http://site.test/a%zz HTTP/1.1\r\nHost: site.test");
    assertThat(a.status()).as(a.text()).isEqualTo(302);
    assertThat(a.header("Location")).isEqualTo(BLOCK_PAGE + "?url=http%3A%2F%2Fsite.test%2Fa%25zz");
  }

  @Test
  void anAllowedHttpRequestReachesTheSite() throws Exception {
    int o = origin.getAddress().getPort();
    Answer a = ask("GET http://127.0.0.1:" + o + "/hello HTTP/1.1\r\nHost: 127.0.0.1:" + o);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.text()).endsWith("hello from the origin");
  }

  @Test
  void anAllowedConnectOpensATunnelToTheSite() throws Exception {
    int o = origin.getAddress().getPort();
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("CONNECT 127.0.0.1:" + o + " HTTP/1.1\r\nHost: 127.0.0.1:" + o + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String established = headers(s.getInputStream());
      assertThat(established).startsWith("HTTP/1.1 200");
      out.write(
          ("GET /hello HTTP/1.1\r\nHost: 127.0.0.1:" + o + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200").endsWith("hello from the origin");
    }
    assertThat(Files.readString(dir.resolve("logs/access.log"))).contains("TCP_TUNNEL/200");
  }

  /** A status line, headers and body, as Squid sent them. */
  record Answer(String text) {
    int status() {
      return Integer.parseInt(text.substring(9, 12));
    }

    String header(String name) {
      for (String line : text.split("\r\n")) {
        if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
          return line.substring(name.length() + 1).strip();
        }
        if (line.isEmpty()) {
          break;
        }
      }
      return null;
    }
  }

  private static Answer ask(String requestWithoutEnd) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (requestWithoutEnd + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new Answer(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("No answer from Squid: " + logs(), e);
    }
  }

  /** Reads up to the blank line ending the headers, no further. */
  private static String headers(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0) {
      b.write(c);
      String s = b.toString(StandardCharsets.US_ASCII);
      if (s.endsWith("\r\n\r\n")) {
        return s;
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }

  private static String logs() {
    StringBuilder b = new StringBuilder();
    for (String name : List.of("squid.out", "cache.log")) {
      try {
        b.append('\n').append(name).append(":\n");
        b.append(Files.readString(dir.resolve("logs").resolve(name)));
      } catch (IOException e) {
        b.append("(none)");
      }
    }
    return b.toString();
  }

  private static boolean traversableByAll(Path path) throws IOException {
    for (Path p = path; p != null; p = p.getParent()) {
      if (Files.exists(p)
          && !Files.getPosixFilePermissions(p)
              .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
        return false;
      }
    }
    return true;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The module's classes as the installed jar. */
  private static void jar(Path classes, Path jar) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(classes)) {
      walk.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path f : files) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
