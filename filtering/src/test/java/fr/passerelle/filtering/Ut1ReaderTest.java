package fr.passerelle.filtering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ut1ReaderTest {

  @Test
  void readsDomainsUrlsAndExpressionsThroughCommentsOddWhiteSpaceAndIdn() throws Exception {
    Fixtures.Recorder r = new Fixtures.Recorder();
    Ut1Reader.read(Fixtures.folder(), r);

    assertThat(r.entries)
        .contains(
            "adult domain xxx-example.com",
            "adult domain hot-site.example.org",
            "adult domain teen-example.net",
            "adult domain wildcard-adult.test",
            "adult domain dotted-adult.test",
            "adult domain xn--bcher-erotik-dlb.de",
            "adult domain example.adult.test",
            "adult domain bom-adult.test",
            "adult domain nbsp-adult.test",
            "adult domain 192.0.2.66",
            "adult url free-videos.example/adult/",
            "adult url mixed-site.example/hot",
            "games domain minecraft-like.example",
            "games url portal.example/jeux",
            "games url news.example/games/",
            "education domain xn--cole-numrique-9gbi.fr",
            "education domain xn--caf-dma.example",
            "phishing expression login-secure\\.[a-z]+/account");
    assertThat(r.entries).noneMatch(e -> e.contains("#"));
  }

  @Test
  void malformedLinesAreReportedWithTheirPlaceAndSkippedWithoutStoppingTheImport()
      throws Exception {
    Fixtures.Recorder r = new Fixtures.Recorder();
    Ut1Reader.read(Fixtures.folder(), r);

    assertThat(r.problems)
        .extracting(p -> p.source() + ":" + p.line() + " " + p.reason())
        .containsExactlyInAnyOrder(
            "adult/domains:11 invalid domain",
            "adult/domains:12 invalid domain",
            "adult/domains:13 invalid domain",
            "adult/urls:5 invalid URL",
            "bad.cat%/domains:0 invalid category name",
            "phishing/expressions:2 invalid expression");
    // The lines after each bad one were still read.
    assertThat(r.entries)
        .contains(
            "adult domain bom-adult.test", "phishing expression login-secure\\.[a-z]+/account");
  }

  @Test
  void anArchiveReadsLikeTheFolder(@TempDir Path tmp) throws Exception {
    Path archive = tmp.resolve("blacklists.tar.gz");
    Process tar =
        new ProcessBuilder(
                "tar",
                "czf",
                archive.toString(),
                "-C",
                Fixtures.folder().getParent().toString(),
                "blacklists")
            .inheritIO()
            .start();
    assertThat(tar.waitFor()).isZero();

    Fixtures.Recorder fromFolder = new Fixtures.Recorder();
    Ut1Reader.read(Fixtures.folder(), fromFolder);
    Fixtures.Recorder fromArchive = new Fixtures.Recorder();
    try (InputStream in = Files.newInputStream(archive)) {
      Ut1Reader.readTarGz(in, fromArchive);
    }

    assertThat(fromArchive.entries).containsExactlyInAnyOrderElementsOf(fromFolder.entries);
    assertThat(fromArchive.problems).hasSameSizeAs(fromFolder.problems);
  }

  @Test
  void aTruncatedArchiveFailsWithAClearError(@TempDir Path tmp) throws Exception {
    Path archive = tmp.resolve("blacklists.tar.gz");
    new ProcessBuilder(
            "tar",
            "czf",
            archive.toString(),
            "-C",
            Fixtures.folder().getParent().toString(),
            "blacklists")
        .start()
        .waitFor();
    byte[] all = Files.readAllBytes(archive);
    Path cut = tmp.resolve("cut.tar.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Ut1Reader.read(cut, new Fixtures.Recorder()))
        .isInstanceOf(java.io.IOException.class);
  }
}
