package fr.passerelle.app.visio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** A guest's single-use link code: random, shown once; only its hash is kept. */
final class LinkCodes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkCodes() {}

  /** 160 random bits in hexadecimal. */
  static String newCode() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The code's SHA-256, as stored and looked up. */
  static String hash(@Nullable String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((code == null ? "" : code).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
