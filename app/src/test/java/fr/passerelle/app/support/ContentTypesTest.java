package fr.passerelle.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  @Test
  void imagesPdfAndAudioAreKnownByTheirFirstBytes() {
    assertThat(ContentTypes.detect(bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0)))
        .contains(ContentTypes.PNG);
    assertThat(ContentTypes.detect(bytes(0xff, 0xd8, 0xff, 0xe0))).contains(ContentTypes.JPEG);
    assertThat(ContentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(ContentTypes.PDF);
    assertThat(ContentTypes.detect(bytes('I', 'D', '3', 4, 0))).contains(ContentTypes.MP3);
    assertThat(ContentTypes.detect(bytes(0xff, 0xfb, 0x90, 0x64))).contains(ContentTypes.MP3);
    assertThat(ContentTypes.detect(bytes('O', 'g', 'g', 'S', 0))).contains(ContentTypes.OGG);
    assertThat(ContentTypes.detect(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'f')))
        .contains(ContentTypes.WAV);
    assertThat(ContentTypes.detect(bytes(0x1f, 0x8b, 0x08, 0, 0))).contains(ContentTypes.GZIP);
  }

  @Test
  void officeFilesAreKnownByWhatTheZipHolds() throws IOException {
    assertThat(ContentTypes.detect(zip("mimetype", ContentTypes.ODT))).contains(ContentTypes.ODT);
    assertThat(ContentTypes.detect(zip("word/document.xml", "<w/>"))).contains(ContentTypes.DOCX);
    assertThat(ContentTypes.detect(zip("payload.exe", "MZ"))).isEmpty();
  }

  @Test
  void aDisguisedFileIsWhatItsContentSays() {
    byte[] executable = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0);
    assertThat(ContentTypes.detect(executable)).isEmpty();
    assertThat(ContentTypes.isOneOf(executable, Set.of(ContentTypes.PDF))).isFalse();
    assertThat(ContentTypes.detect(new byte[0])).isEmpty();
  }

  @Test
  void plainTextIsValidUtf8WithoutControlCharacters() {
    assertThat(ContentTypes.detect("Lire la page 12.\nÀ demain !".getBytes(StandardCharsets.UTF_8)))
        .contains(ContentTypes.TEXT);
    assertThat(ContentTypes.detect(bytes('a', 0xc3, 0x28))).isEmpty();
    assertThat(ContentTypes.detect(bytes('a', 0x01, 'b'))).isEmpty();
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] zip(String entry, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
