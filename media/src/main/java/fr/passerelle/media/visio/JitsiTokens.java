package fr.passerelle.media.visio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for Prosody's token authentication (HS256 with the shared secret), signed with the JDK's
 * HMAC. Claims: {@code iss} the app id, {@code aud} "jitsi", {@code sub} the deployment's host,
 * {@code room} the exact lower-case room, {@code nbf}/{@code exp} in seconds, {@code context.user}
 * and {@code context.features}.
 */
public final class JitsiTokens {

  public static final String AUDIENCE = "jitsi";
  private static final String HEADER = Json.write(Map.of("alg", "HS256", "typ", "JWT"));
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final JitsiSettings settings;

  public JitsiTokens(JitsiSettings settings) {
    if (!settings.tokensEnabled()) {
      throw new IllegalStateException("No Jitsi app id and secret configured");
    }
    this.settings = settings;
  }

  /**
   * A token for one person and one room, valid from {@code notBefore} to {@code expires}.
   *
   * @param transcription whether the person may turn on live captions (transcription feature)
   */
  public String issue(
      String room, JitsiUser user, Instant notBefore, Instant expires, boolean transcription) {
    if (!expires.isAfter(notBefore)) {
      throw new IllegalArgumentException("A token must expire after it starts");
    }
    Map<String, Object> userClaim = new LinkedHashMap<>();
    userClaim.put("id", user.id());
    userClaim.put("name", user.name());
    userClaim.put("avatar", user.avatar());
    userClaim.put("moderator", user.moderator());
    Map<String, Object> features = new LinkedHashMap<>();
    features.put("recording", false);
    features.put("livestreaming", false);
    features.put("transcription", transcription);
    features.put("screen-sharing", user.moderator());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("user", userClaim);
    context.put("features", features);
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", settings.appId());
    claims.put("aud", AUDIENCE);
    claims.put("sub", settings.host());
    claims.put("room", room.toLowerCase(Locale.ROOT));
    claims.put("nbf", notBefore.getEpochSecond());
    claims.put("exp", expires.getEpochSecond());
    claims.put("context", context);
    String unsigned =
        B64.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
    return unsigned + "." + B64.encodeToString(hmac(settings.secret(), unsigned));
  }

  /**
   * The claims of a token signed with this secret; refuses a bad signature, another algorithm or a
   * malformed token. Times are not checked here: Prosody does it, and so do the tests.
   */
  public static Map<String, Object> verify(String secret, String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("A JWT has three parts");
    }
    Map<String, Object> header =
        Json.readObject(new String(B64D.decode(parts[0]), StandardCharsets.UTF_8));
    if (!"HS256".equals(header.get("alg"))) {
      throw new IllegalArgumentException("Not an HS256 token");
    }
    byte[] expected = hmac(secret, parts[0] + "." + parts[1]);
    if (!MessageDigest.isEqual(expected, B64D.decode(parts[2]))) {
      throw new IllegalArgumentException("Bad token signature");
    }
    return Json.readObject(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8));
  }

  static byte[] hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
