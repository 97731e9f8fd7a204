package fr.passerelle.media.visio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JitsiTokensTest {

  static final String SECRET = "a-test-secret-of-at-least-32-characters!";
  static final JitsiSettings SETTINGS =
      new JitsiSettings("meet.ecoles.example.fr", "passerelle", SECRET, Duration.ofMinutes(10));
  static final Instant START = Instant.parse("2026-11-30T08:50:00Z");
  static final Instant END = Instant.parse("2026-11-30T09:05:00Z");

  final JitsiTokens tokens = new JitsiTokens(SETTINGS);

  @Test
  void aTokenIsSignedWithTheSecretAndCarriesTheDocumentedClaims() {
    String room = RoomNames.generate();
    String token =
        tokens.issue(room, new JitsiUser("42", "Amélie Durand", "", true), START, END, true);

    Map<String, Object> claims = JitsiTokens.verify(SECRET, token);
    assertThat(claims)
        .containsEntry("iss", "passerelle")
        .containsEntry("aud", "jitsi")
        .containsEntry("sub", "meet.ecoles.example.fr")
        .containsEntry("room", room)
        .containsEntry("nbf", START.getEpochSecond())
        .containsEntry("exp", END.getEpochSecond());
    @SuppressWarnings("unchecked")
    Map<String, Object> context = (Map<String, Object>) claims.get("context");
    assertThat(context.get("user"))
        .isEqualTo(Map.of("id", "42", "name", "Amélie Durand", "avatar", "", "moderator", true));
    assertThat(context.get("features"))
        .isEqualTo(
            Map.of(
                "recording",
                false,
                "livestreaming",
                false,
                "transcription",
                true,
                "screen-sharing",
                true));
    String header =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(JsonMapper.shared().readValue(header, Map.class))
        .isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
  }

  @Test
  void nimbusReadsTheTokenAsProsodyWouldAndRefusesAnotherSecret() throws Exception {
    String token =
        tokens.issue("Classe-X", new JitsiUser("42", "Amélie", "", true), START, END, false);

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(jwt.verify(new MACVerifier(SECRET))).isTrue();
    assertThat(jwt.verify(new MACVerifier(SECRET.replace('a', 'b')))).isFalse();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("passerelle");
    assertThat(claims.getAudience()).containsExactly("jitsi");
    assertThat(claims.getSubject()).isEqualTo("meet.ecoles.example.fr");
    assertThat(claims.getStringClaim("room")).isEqualTo("classe-x");
    assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(START);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(END);
    assertThat(claims.getJSONObjectClaim("context").get("user"))
        .isEqualTo(Map.of("id", "42", "name", "Amélie", "avatar", "", "moderator", true));
    // Prosody reads aud as a string, nbf and exp as numbers.
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload)
        .contains(
            "\"aud\":\"jitsi\"",
            "\"nbf\":" + START.getEpochSecond(),
            "\"exp\":" + END.getEpochSecond());
  }

  @Test
  void anotherAlgorithmOrAMalformedTokenIsRefused() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("passerelle").build();
    SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
    hs512.sign(new MACSigner((SECRET + SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> JitsiTokens.verify(SECRET + SECRET, hs512.serialize()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HS256");
    assertThatThrownBy(() -> JitsiTokens.verify(SECRET, "not.a-token"))
        .isInstanceOf(IllegalArgumentException.class);
    String unsigned = new PlainJWT(claims).serialize();
    assertThatThrownBy(() -> JitsiTokens.verify(SECRET, unsigned))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRoomClaimIsLowerCase() {
    String token =
        tokens.issue("Classe-ABC", new JitsiUser("7", "Léa", "", false), START, END, false);
    assertThat(JitsiTokens.verify(SECRET, token)).containsEntry("room", "classe-abc");
  }

  @Test
  void aPupilIsNoModerator() {
    String token =
        tokens.issue(
            RoomNames.generate(), new JitsiUser("7", "Léa Martin", "", false), START, END, false);
    @SuppressWarnings("unchecked")
    Map<String, Object> user =
        (Map<String, Object>)
            ((Map<String, Object>) JitsiTokens.verify(SECRET, token).get("context")).get("user");
    assertThat(user).containsEntry("moderator", false).containsEntry("name", "Léa Martin");
  }

  @Test
  void anotherSecretOrATamperedPayloadIsRefused() {
    String token =
        tokens.issue(RoomNames.generate(), new JitsiUser("7", "Léa", "", false), START, END, false);
    assertThatThrownBy(() -> JitsiTokens.verify(SECRET.replace('a', 'b'), token))
        .hasMessageContaining("signature");
    String[] parts = token.split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"moderator\":false", "\"moderator\":true")
                    .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> JitsiTokens.verify(SECRET, parts[0] + "." + forged + "." + parts[2]))
        .hasMessageContaining("signature");
  }

  @Test
  void aTokenMustEndAfterItStarts() {
    assertThatThrownBy(
            () -> tokens.issue("classe-x", new JitsiUser("1", "A", "", false), END, START, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAppIdAndSecretNoTokenIsIssued() {
    assertThat(JitsiSettings.publicDemo().tokensEnabled()).isFalse();
    assertThatThrownBy(() -> new JitsiTokens(JitsiSettings.publicDemo()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aShortSecretIsRefusedAndNeverPrinted() {
    assertThatThrownBy(() -> new JitsiSettings("x.fr", "app", "short", Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SETTINGS.toString()).doesNotContain(SECRET);
  }

  @Test
  void theDomainMayCarryASchemeAndAPath() {
    JitsiSettings standIn =
        new JitsiSettings("http://localhost:8183/jitsi-stand-in/", "", "", Duration.ZERO);
    assertThat(standIn.scriptUrl())
        .isEqualTo("http://localhost:8183/jitsi-stand-in/external_api.js");
    assertThat(standIn.apiDomain()).isEqualTo("localhost:8183/jitsi-stand-in");
    assertThat(standIn.host()).isEqualTo("localhost");
    assertThat(standIn.tokenLifetime()).isEqualTo(Duration.ofMinutes(15));
    assertThat(JitsiSettings.publicDemo().scriptUrl())
        .isEqualTo("https://meet.jit.si/external_api.js");
  }
}
