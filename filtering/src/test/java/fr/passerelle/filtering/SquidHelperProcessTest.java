package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the launcher script {@code bin/passerelle-squid-helper} as its own process, as Squid does,
 * and speaks Squid's helper protocols to it on stdin/stdout.
 */
class SquidHelperProcessTest {

  private final List<Process> started = new ArrayList<>();

  @TempDir Path tmp;

  @AfterEach
  void stop() throws Exception {
    for (Process p : started) {
      p.getOutputStream().close();
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private Helper start(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of("bin/passerelle-squid-helper").toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment()
        .put("PASSERELLE_FILTERING_CP", Path.of("target/classes").toAbsolutePath().toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("PASSERELLE_FILTERING_JAVA_OPTS", "-Xmx64m");
    pb.redirectError(tmp.resolve("helper.log").toFile());
    Process p = pb.start();
    started.add(p);
    return new Helper(p);
  }

  private Path policy(String text) throws Exception {
    Path file = tmp.resolve("policy.txt");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void answersExternalAclLinesWithChannelIdsInTheOrderOfTheQuestions() throws Exception {
    Path policy =
        policy(
            """
            zone Europe/Paris
            layer territory whitelist=false
            rule territory locked block adult
            rule territory - block games
            layer school:12 whitelist=inherit
            rule school:12 - allow games
            network 12 10.12.0.0/16
            """);
    Helper h =
        start(
            "--lists",
            Fixtures.folder().toString(),
            "--policy",
            policy.toString(),
            "--reload-seconds",
            "0");

    // Several questions before reading any answer: Squid's concurrency.
    h.send("0 10.1.0.5 http://www.xxx-example.com/page");
    h.send("1 10.1.0.5 https://lumni.fr/");
    h.send("2 10.1.0.5 jeux-example.fr:443");
    h.send("3 10.12.0.5 jeux-example.fr:443");
    h.send("17 10.1.0.5 http://www.BÜCHER-erotik.de/");

    assertThat(h.read()).startsWith("0 ERR tag=adult message=\"blocked by territory step 1");
    assertThat(h.read()).startsWith("1 OK message=\"allowed by default");
    assertThat(h.read()).startsWith("2 ERR tag=games");
    assertThat(h.read()).startsWith("3 OK tag=games message=\"allowed by school:12");
    assertThat(h.read()).startsWith("17 ERR tag=adult");
    // Without channel IDs (concurrency=0) and a malformed line.
    h.send("10.1.0.5 http://free-videos.example/adult/x");
    assertThat(h.read()).startsWith("ERR tag=adult").contains("url free-videos.example/adult/");
    h.send("garbage");
    assertThat(h.read()).startsWith("BH ");
  }

  @Test
  void rewritesBlockedRequestsToTheBlockPage() throws Exception {
    Helper h =
        start(
            "--mode", "rewrite",
            "--lists", Fixtures.folder().toString(),
            "--block", "adult,phishing",
            "--block-page", "https://ent.test/filtrage/bloque",
            "--reload-seconds", "0");

    h.send("5 http://xxx-example.com/a?b=c 10.1.0.5/- - GET -");
    h.send("6 http://lumni.fr/ 10.1.0.5/- - GET -");
    assertThat(h.read())
        .isEqualTo(
            "5 OK status=302 url=\"https://ent.test/filtrage/bloque?url=http%3A%2F%2Fxxx-example.com%2Fa%3Fb%3Dc&categorie=adult\"");
    assertThat(h.read()).isEqualTo("6 ERR");
  }

  @Test
  void anUnreadableRequestIsBlockedWithItsReasonEvenWhenEverythingIsAllowed() throws Exception {
    Path policy = policy("layer territory whitelist=false\nrule territory locked allow *\n");
    Helper acl =
        start(
            "--lists", Fixtures.folder().toString(),
            "--policy", policy.toString(),
            "--reload-seconds", "0");
    acl.send("0 10.1.0.5 http://site.test/a%zz");
    acl.send("1 10.1.0.5 javascript:alert(1)");
    acl.send("2 10.1.0.5 http:///etc/passwd");
    acl.send("3 10.1.0.5 http://site.test/a%20b");
    assertThat(acl.read())
        .isEqualTo(
            "0 ERR message=\"blocked by invalid (unparseable request: bad percent-encoding)\"");
    assertThat(acl.read())
        .isEqualTo(
            "1 ERR message=\"blocked by invalid (unparseable request: unsupported scheme"
                + " javascript)\"");
    assertThat(acl.read())
        .isEqualTo("2 ERR message=\"blocked by invalid (unparseable request: no host)\"");
    assertThat(acl.read()).startsWith("3 OK");

    Helper rewrite =
        start(
            "--mode", "rewrite",
            "--lists", Fixtures.folder().toString(),
            "--policy", policy.toString(),
            "--block-page", "https://ent.test/filtrage/bloque",
            "--reload-seconds", "0");
    rewrite.send("7 http://site.test/%zz 10.1.0.5/- - GET -");
    rewrite.send("8 http://site.test/ok 10.1.0.5/- - GET -");
    assertThat(rewrite.read())
        .isEqualTo(
            "7 OK status=302 url=\"https://ent.test/filtrage/bloque?url=http%3A%2F%2Fsite.test%2F%25zz\"");
    assertThat(rewrite.read()).isEqualTo("8 ERR");
  }

  @Test
  void aNewPolicyFileIsTakenWithoutRestarting() throws Exception {
    Path policy = policy("layer territory whitelist=false\n");
    Path snapshot = tmp.resolve("lists.snapshot");
    Fixtures.lists().save(snapshot);
    Helper h =
        start(
            "--snapshot",
            snapshot.toString(),
            "--policy",
            policy.toString(),
            "--reload-seconds",
            "1");
    h.send("0 10.1.0.5 http://jeux-example.fr/");
    assertThat(h.read()).startsWith("0 OK");

    Files.writeString(policy, "layer territory whitelist=false\nrule territory - block games\n");
    Files.setLastModifiedTime(policy, FileTime.from(Instant.now().plusSeconds(5)));
    String answer = "";
    for (int i = 0; i < 50 && !answer.startsWith("1 ERR"); i++) {
      Thread.sleep(200);
      h.send("1 10.1.0.5 http://jeux-example.fr/");
      answer = h.read();
    }
    assertThat(answer).startsWith("1 ERR tag=games");
  }

  @Test
  void countsDecisionsPerSchoolDayAndCategoryIntoAFileWhenAsked() throws Exception {
    Path policy =
        policy(
            """
            zone Europe/Paris
            layer territory whitelist=false
            rule territory locked block adult
            network 12 10.12.0.0/16
            """);
    Path counts = tmp.resolve("counts");
    Helper h =
        start(
            "--lists", Fixtures.folder().toString(),
            "--policy", policy.toString(),
            "--reload-seconds", "0",
            "--counts", counts.toString());
    h.send("0 10.12.0.5 http://www.xxx-example.com/page");
    h.send("1 10.12.0.6 http://xxx-example.com/other");
    h.send("2 10.12.0.5 https://lumni.fr/");
    h.send("3 10.1.0.5 http://www.xxx-example.com/page"); // no school: not counted
    for (int i = 0; i < 4; i++) {
      h.read();
    }
    Process p = started.get(0);
    p.getOutputStream().close(); // Squid stops its helper: the counts are written on the way out
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    List<Path> files;
    try (var list = Files.list(counts)) {
      files = list.toList();
    }
    assertThat(files).hasSize(1);
    assertThat(files.get(0).getFileName().toString()).startsWith("counts-").endsWith(".tsv");
    assertThat(Files.readAllLines(files.get(0)))
        .containsExactlyInAnyOrder("12\t" + today + "\tadult\t0\t2", "12\t" + today + "\t\t1\t0");
  }

  private static final class Helper {
    private final OutputStream in;
    private final BufferedReader out;

    Helper(Process p) {
      this.in = p.getOutputStream();
      this.out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    void send(String line) throws Exception {
      in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    String read() throws Exception {
      String line = out.readLine();
      assertThat(line).as("an answer").isNotNull();
      return line;
    }
  }
}
