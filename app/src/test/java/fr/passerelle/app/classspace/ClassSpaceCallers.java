package fr.passerelle.app.classspace;

import fr.passerelle.app.RunAs;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as a demo account. */
final class ClassSpaceCallers {

  private final UserDetailsService users;

  ClassSpaceCallers(UserDetailsService users) {
    this.users = users;
  }

  <T> T as(String username, Supplier<T> action) {
    return RunAs.as(users, username, action);
  }

  /** A small valid PDF. */
  static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  /** The start of a Windows executable (MZ header), whatever its name says. */
  static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[2] = (byte) 0x90;
    exe[60] = (byte) 0x80;
    return exe;
  }

  /** A PDF one byte over the limit. */
  static byte[] oversizedPdf() {
    byte[] big = new byte[FileUse.MAX_BYTES + 1];
    byte[] head = pdf();
    System.arraycopy(head, 0, big, 0, head.length);
    return big;
  }

  /** A 1×1 PNG. */
  static byte[] png() {
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }
}
