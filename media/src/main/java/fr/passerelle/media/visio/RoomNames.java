package fr.passerelle.media.visio;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Room names nobody can guess and that say nothing about who meets: 130 random bits written in
 * lower-case base 32 after a fixed prefix, as {@code classe-k3q...}. Jitsi lower-cases room names,
 * and the token's {@code room} claim must match exactly.
 */
public final class RoomNames {

  public static final String PREFIX = "classe-";
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
  private static final int LENGTH = 26;
  private static final Pattern VALID = Pattern.compile(PREFIX + "[a-z2-7]{" + LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RoomNames() {}

  public static String generate() {
    StringBuilder name = new StringBuilder(PREFIX);
    for (int i = 0; i < LENGTH; i++) {
      name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return name.toString();
  }

  /** Whether a name has the shape of a generated one. */
  public static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }
}
