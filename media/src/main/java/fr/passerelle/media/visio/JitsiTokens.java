package fr.passerelle.media.visio;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tokens for Prosody's token authentication (HS256 with the shared secret), signed with Nimbus JOSE
 * + JWT. Claims: {@code iss} the app id, {@code aud} "jitsi", {@code sub} the deployment's host,
 * {@code room} the exact lower-case room, {@code nbf}/{@code exp} in seconds, {@code context.user}
 * and {@code context.features}.
 */
public final class JitsiTokens {

  public static final String AUDIENCE = "jitsi";
  private static final JWSHeader HEADER =
      new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

  private final JitsiSettings settings;
  private final MACSigner signer;

  public JitsiTokens(JitsiSettings settings) {
    if (!settings.tokensEnabled()) {
      throw new IllegalStateException("No Jitsi app id and secret configured");
    }
    this.settings = settings;
    try {
      this.signer = new MACSigner(key(settings.secret()));
    } catch (JOSEException e) {
      throw new IllegalStateException("The Jitsi secret cannot sign HS256 tokens", e);
    }
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
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.appId())
            .audience(AUDIENCE)
            .subject(settings.host())
            .claim("room", room.toLowerCase(Locale.ROOT))
            .notBeforeTime(Date.from(notBefore))
            .expirationTime(Date.from(expires))
            .claim("context", context)
            .build();
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign the Jitsi token", e);
    }
    return jwt.serialize();
  }

  /**
   * The claims of a token signed with this secret, as JSON values (times in epoch seconds); refuses
   * a bad signature, another algorithm or a malformed token with an {@link
   * IllegalArgumentException}. Times are not checked here: Prosody does it, and so do the tests.
   */
  public static Map<String, Object> verify(String secret, String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        throw new IllegalArgumentException("Not an HS256 token");
      }
      if (!jwt.verify(new MACVerifier(key(secret)))) {
        throw new IllegalArgumentException("Bad token signature");
      }
      return jwt.getJWTClaimsSet().toJSONObject();
    } catch (ParseException e) {
      throw new IllegalArgumentException("Malformed token", e);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("Bad token signature: " + e.getMessage(), e);
    }
  }

  private static byte[] key(String secret) {
    return secret.getBytes(StandardCharsets.UTF_8);
  }
}
