package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers find a Java that can run the helper by themselves, as Squid starts them (its own
 * environment, an older {@code java} on the PATH), or fail at once with one line naming the Java
 * they need. The old Java is played by a fake JDK 17 that refuses {@code
 * -XX:+UseCompactObjectHeaders} as the real one does.
 */
class LauncherJavaTest {

  @TempDir Path tmp;

  /** A JDK 17 look-alike: its release file, and a java that says so and refuses the option. */
  private Path fakeJdk17() throws IOException {
    Path home = tmp.resolve("jdk-17");
    Files.createDirectories(home.resolve("bin"));
    Files.writeString(home.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
    Path java = home.resolve("bin/java");
    Files.writeString(
        java,
        """
        #!/bin/sh
        for a in "$@"; do
          [ "$a" = -XX:+UseCompactObjectHeaders ] && { echo "Unrecognized VM option 'UseCompactObjectHeaders'" >&2; exit 1; }
        done
        echo 'openjdk version "17.0.15" 2025-04-15' >&2
        exit 1
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  /** Runs the helper with a Squid-like environment plus {@code env}; returns exit, out, err. */
  private String[] helper(Map<String, String> env, String input) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of("bin/passerelle-squid-helper").toAbsolutePath().toString(),
            "--lists",
            Fixtures.folder().toString(),
            "--block",
            "adult",
            "--reload-seconds",
            "0");
    pb.environment().clear();
    pb.environment().put("PATH", fakeJdk17().resolve("bin") + ":/usr/sbin:/usr/bin:/sbin:/bin");
    pb.environment()
        .put("PASSERELLE_FILTERING_CP", Path.of("target/classes").toAbsolutePath().toString());
    pb.environment().put("PASSERELLE_FILTERING_CONF", tmp.resolve("none.conf").toString());
    pb.environment().putAll(env);
    pb.redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {
      String.valueOf(p.exitValue()), out, Files.readString(tmp.resolve("err.txt"))
    };
  }

  private static void assumeFindable() {
    String home = System.getProperty("java.home");
    assumeTrue(
        List.of("/usr/lib/jvm/", "/opt/java/", "/usr/local/lib/jvm/").stream()
            .anyMatch(home::startsWith),
        "the JDK running the tests is not where the launcher looks: " + home);
  }

  @Test
  void withAnOldJavaOnThePathTheLauncherFindsARecentOneItself() throws Exception {
    assumeFindable();
    String[] r = helper(Map.of(), "0 10.1.0.5 http://xxx-example.com/\n");
    assertThat(r[1]).as(r[2]).startsWith("0 ERR tag=adult");
    assertThat(r[0]).isEqualTo("0");
  }

  @Test
  void anOldJavaHomeIsPassedOver() throws Exception {
    assumeFindable();
    String[] r =
        helper(Map.of("JAVA_HOME", fakeJdk17().toString()), "1 10.1.0.5 http://lumni.fr/\n");
    assertThat(r[1]).as(r[2]).startsWith("1 OK");
  }

  @Test
  void aConfiguredJavaIsUsed() throws Exception {
    Path conf = tmp.resolve("filtering.conf");
    Files.writeString(
        conf, "# Passerelle\nPASSERELLE_JAVA=\"" + System.getProperty("java.home") + "\"\n");
    String[] r =
        helper(
            Map.of("PASSERELLE_FILTERING_CONF", conf.toString()), "2 10.1.0.5 http://lumni.fr/\n");
    assertThat(r[1]).as(r[2]).startsWith("2 OK");
  }

  @Test
  void aConfiguredJavaTooOldFailsAtOnceWithOneLineSayingWhichJavaIsNeeded() throws Exception {
    String[] r = helper(Map.of("PASSERELLE_JAVA", fakeJdk17().toString()), "0 10.1.0.5 x.fr\n");

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[1]).isEmpty();
    assertThat(r[2].lines().toList()).hasSize(1);
    assertThat(r[2])
        .startsWith("passerelle-squid-helper: PASSERELLE_JAVA names " + fakeJdk17())
        .contains("which is Java 17: needs Java 21 or later")
        .contains("PASSERELLE_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64");

    Path conf = tmp.resolve("filtering.conf");
    Files.writeString(conf, "PASSERELLE_JAVA=" + fakeJdk17() + "/bin/java\n");
    r = helper(Map.of("PASSERELLE_FILTERING_CONF", conf.toString()), "0 10.1.0.5 x.fr\n");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).startsWith("passerelle-squid-helper: " + conf + " names ").contains("Java 17");
  }

  @Test
  void theCommandLineToolFindsItsJavaTheSameWay() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of("bin/passerelle-filtering").toAbsolutePath().toString(),
            "compile",
            "--lists",
            Fixtures.folder().toString(),
            "--out",
            tmp.resolve("lists.snapshot").toString());
    pb.environment().clear();
    pb.environment().put("PATH", fakeJdk17().resolve("bin") + ":/usr/bin:/bin");
    pb.environment().put("PASSERELLE_JAVA", System.getProperty("java.home"));
    pb.environment()
        .put("PASSERELLE_FILTERING_CP", Path.of("target/classes").toAbsolutePath().toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(CompiledLists.load(tmp.resolve("lists.snapshot")).category("adult")).isNotNegative();
  }
}
