package fr.passerelle.app.chat.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types a chat attachment may have, recognised from the first bytes of the content, never from
 * the file name: PNG, JPEG, GIF and PDF.
 */
public final class FileTypes {

  private FileTypes() {}

  private record Signature(String mediaType, byte[] magic) {}

  private static final Signature[] KNOWN = {
    new Signature("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}),
    new Signature("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
    new Signature("image/gif", new byte[] {'G', 'I', 'F', '8'}),
    new Signature("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'})
  };

  /** The media type the content really has, if it is one of the accepted ones. */
  public static Optional<String> detect(byte[] content) {
    for (Signature signature : KNOWN) {
      if (content.length >= signature.magic().length
          && Arrays.equals(
              content,
              0,
              signature.magic().length,
              signature.magic(),
              0,
              signature.magic().length)) {
        return Optional.of(signature.mediaType());
      }
    }
    return Optional.empty();
  }
}
