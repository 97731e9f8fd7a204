package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UT1 rule: the README's commands work on lists of the real UT1 size, as written, with the
 * launchers' own memory settings: {@code passerelle-filtering compile --lists blacklists.tar.gz
 * --out lists.snapshot} on 4.6 million domains ({@code adult} alone 4.5 million), then the Squid
 * helper on that snapshot.
 */
class LargeListsTest {

  static final int ADULT = 4_500_000;
  static final int GAMES = 100_000;

  private static final String[] SYLLABLES = {
    "ba", "be", "bo", "ca", "co", "da", "de", "do", "fa", "fi", "ga", "go", "ha", "ja", "ka", "ko",
    "la", "le", "li", "ma", "me", "mi", "mo", "na", "ne", "no", "pa", "pe", "po", "ra", "re", "ri",
    "sa", "se", "so", "ta", "te", "to", "va", "vi", "za", "hot", "cam", "tube", "sex", "xxx"
  };
  private static final String[] TLDS = {"com", "net", "org", "fr", "de", "ru", "info", "co.uk"};
  private static final String[] PREFIXES = {"", "", "", "", "", "", "www.", "m.", "fr.", "cdn."};

  /** The i-th domain of a category: unique, about 20 characters like UT1's. */
  static String domain(char category, int i) {
    int a = (i * 31) % SYLLABLES.length;
    int b = (i / SYLLABLES.length * 17 + i) % SYLLABLES.length;
    return PREFIXES[(i / 7) % PREFIXES.length]
        + SYLLABLES[a]
        + SYLLABLES[b]
        + "-"
        + category
        + Integer.toString(i, 36)
        + "."
        + TLDS[i % TLDS.length];
  }

  @TempDir Path tmp;

  @Test
  void theReadmeCommandsCompileAndServeUt1SizedLists() throws Exception {
    Path archive = tmp.resolve("blacklists.tar.gz");
    writeArchive(archive);
    Path snapshot = tmp.resolve("lists.snapshot");

    ProcessBuilder compile =
        launcher(
            "bin/passerelle-filtering",
            "compile",
            "--lists",
            archive.toString(),
            "--out",
            snapshot.toString());
    compile.redirectErrorStream(true);
    Process p = compile.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("2 categories, ").doesNotContain("OutOfMemoryError");
    CompiledLists lists = CompiledLists.load(snapshot);
    assertThat(lists.domainCount()).isEqualTo(ADULT + GAMES);

    ProcessBuilder serve =
        launcher(
            "bin/passerelle-squid-helper",
            "--snapshot",
            snapshot.toString(),
            "--block",
            "adult,games",
            "--reload-seconds",
            "0");
    serve.redirectError(tmp.resolve("helper.log").toFile());
    Process helper = serve.start();
    try (OutputStream in = helper.getOutputStream();
        BufferedReader answers =
            new BufferedReader(
                new InputStreamReader(helper.getInputStream(), StandardCharsets.UTF_8))) {
      in.write(
          ("0 10.1.0.5 http://"
                  + domain('a', ADULT - 1)
                  + "/\n"
                  + "1 10.1.0.5 https://www."
                  + domain('g', 12_345).replace("www.", "")
                  + "/\n"
                  + "2 10.1.0.5 http://sub."
                  + domain('a', 7).replace("www.", "")
                  + "/x\n"
                  + "3 10.1.0.5 http://not-listed.example/\n")
              .getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(answers.readLine()).startsWith("0 ERR tag=adult");
      assertThat(answers.readLine()).startsWith("1 ERR tag=games");
      assertThat(answers.readLine()).startsWith("2 ERR tag=adult");
      assertThat(answers.readLine()).startsWith("3 OK");
      String peak = "";
      for (String line : Files.readAllLines(Path.of("/proc/" + helper.pid() + "/status"))) {
        if (line.startsWith("VmHWM")) {
          peak = line;
        }
      }
      System.out.println("Squid helper on " + lists.domainCount() + " domains: " + peak);
    } finally {
      assertThat(helper.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  /** The launcher as the README runs it: its own memory settings, nothing added. */
  private static ProcessBuilder launcher(String script, String... args) {
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().add(Path.of(script).toAbsolutePath().toString());
    pb.command().addAll(java.util.List.of(args));
    pb.environment().remove("PASSERELLE_FILTERING_JAVA_OPTS");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment()
        .put("PASSERELLE_FILTERING_CP", Path.of("target/classes").toAbsolutePath().toString());
    return pb;
  }

  /** A UT1-shaped archive: adult (black) and games, written straight into a tar.gz. */
  private static void writeArchive(Path archive) throws IOException {
    try (OutputStream file = Files.newOutputStream(archive);
        GZIPOutputStream gz =
            new GZIPOutputStream(new BufferedOutputStream(file, 1 << 16), 1 << 16) {
              {
                def.setLevel(Deflater.BEST_SPEED);
              }
            };
        OutputStream tar = new BufferedOutputStream(gz, 1 << 16)) {
      entry(tar, "blacklists/adult/usage", "black\n".getBytes(StandardCharsets.US_ASCII));
      domains(tar, "blacklists/adult/domains", 'a', ADULT);
      domains(tar, "blacklists/games/domains", 'g', GAMES);
      tar.write(new byte[1024]);
    }
  }

  private static void domains(OutputStream tar, String name, char category, int count)
      throws IOException {
    long size = 0;
    for (int i = 0; i < count; i++) {
      size += domain(category, i).length() + 1;
    }
    header(tar, name, size);
    byte[] line = new byte[300];
    for (int i = 0; i < count; i++) {
      String d = domain(category, i);
      for (int k = 0; k < d.length(); k++) {
        line[k] = (byte) d.charAt(k);
      }
      line[d.length()] = '\n';
      tar.write(line, 0, d.length() + 1);
    }
    tar.write(new byte[(int) ((512 - size % 512) % 512)]);
  }

  private static void entry(OutputStream tar, String name, byte[] content) throws IOException {
    header(tar, name, content.length);
    tar.write(content);
    tar.write(new byte[(512 - content.length % 512) % 512]);
  }

  /** A ustar header for a regular file. */
  private static void header(OutputStream tar, String name, long size) throws IOException {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 108, "0000000");
    put(h, 116, "0000000");
    put(h, 124, String.format("%011o", size));
    put(h, 136, "00000000000");
    h[156] = '0';
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    int sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    tar.write(h);
  }

  private static void put(byte[] h, int at, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, at, b.length);
  }
}
