package fr.passerelle.app.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, recognised from its content, never from its name: a PDF renamed {@code
 * .mp3} is still a PDF, and an executable renamed {@code .pdf} is nothing we accept. Features keep
 * their own list of accepted types and ask this class what a file is.
 */
public final class ContentTypes {

  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String GIF = "image/gif";
  public static final String WEBP = "image/webp";
  public static final String PDF = "application/pdf";
  public static final String MP3 = "audio/mpeg";
  public static final String OGG = "audio/ogg";
  public static final String WAV = "audio/wav";
  public static final String ODT = "application/vnd.oasis.opendocument.text";
  public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
  public static final String ODP = "application/vnd.oasis.opendocument.presentation";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String TEXT = "text/plain";

  /** gzip-compressed data (a {@code .tar.gz} archive, for instance). */
  public static final String GZIP = "application/gzip";

  private static final int ZIP_ENTRIES_LOOKED_AT = 200;

  private ContentTypes() {}

  /** The media type of the content, when it is one this class knows; empty for anything else. */
  public static Optional<String> detect(byte[] content) {
    if (content.length == 0) {
      return Optional.empty();
    }
    if (starts(content, 0, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
      return Optional.of(PNG);
    }
    if (starts(content, 0, 0xff, 0xd8, 0xff)) {
      return Optional.of(JPEG);
    }
    if (starts(content, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'A', 'V', 'E')) {
      return Optional.of(WAV);
    }
    if (starts(content, 0, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (starts(content, 0, 'I', 'D', '3') || mpegFrame(content)) {
      return Optional.of(MP3);
    }
    if (starts(content, 0, 'O', 'g', 'g', 'S')) {
      return Optional.of(OGG);
    }
    if (starts(content, 0, 'P', 'K', 0x03, 0x04)) {
      return office(content);
    }
    if (starts(content, 0, 0x1f, 0x8b, 0x08)) {
      return Optional.of(GZIP);
    }
    return plainText(content) ? Optional.of(TEXT) : Optional.empty();
  }

  /** Whether the content is one of the given types. */
  public static boolean isOneOf(byte[] content, java.util.Set<String> accepted) {
    return detect(content).filter(accepted::contains).isPresent();
  }

  private static boolean starts(byte[] content, int at, int... magic) {
    if (content.length < at + magic.length) {
      return false;
    }
    byte[] expected = new byte[magic.length];
    for (int i = 0; i < magic.length; i++) {
      expected[i] = (byte) magic[i];
    }
    return Arrays.equals(content, at, at + magic.length, expected, 0, magic.length);
  }

  /** An MPEG audio frame header without ID3 tag: eleven set sync bits, layer III. */
  private static boolean mpegFrame(byte[] content) {
    return content.length >= 2
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xe0) == 0xe0
        && (content[1] & 0x06) == 0x02;
  }

  /** OpenDocument names its type in a first stored entry; Office Open XML has a main part. */
  private static Optional<String> office(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_LOOKED_AT) {
        String name = entry.getName();
        if (name.equals("mimetype")) {
          String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
          if (type.equals(ODT) || type.equals(ODS) || type.equals(ODP)) {
            return Optional.of(type);
          }
          return Optional.empty();
        }
        if (name.startsWith("word/")) {
          return Optional.of(DOCX);
        }
        if (name.startsWith("xl/")) {
          return Optional.of(XLSX);
        }
        if (name.startsWith("ppt/")) {
          return Optional.of(PPTX);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Valid UTF-8 without control characters other than tab and line ends. */
  private static boolean plainText(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
