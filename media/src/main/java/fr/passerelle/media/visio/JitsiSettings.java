package fr.passerelle.media.visio;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the Jitsi deployment is and how to sign its tokens.
 *
 * @param domain the Jitsi domain, optionally with a scheme and a path ({@code meet.example.fr},
 *     {@code http://localhost:8080/jitsi-stand-in}); https is assumed without a scheme
 * @param appId the application id Prosody accepts as issuer ({@code iss}); blank for no tokens
 * @param secret the shared HS256 secret; blank for no tokens
 * @param tokenLifetime how long a token stays valid at most
 */
public record JitsiSettings(String domain, String appId, String secret, Duration tokenLifetime) {

  /** The public Jitsi the demo falls back on: no tokens, short calls only. */
  public static final String PUBLIC_DOMAIN = "meet.jit.si";

  /** The shortest secret accepted: HS256 wants at least 256 bits. */
  public static final int MIN_SECRET_LENGTH = 32;

  public JitsiSettings {
    domain = domain == null || domain.isBlank() ? PUBLIC_DOMAIN : strip(domain.trim());
    appId = appId == null ? "" : appId.trim();
    secret = secret == null ? "" : secret;
    tokenLifetime =
        tokenLifetime == null || tokenLifetime.isNegative() || tokenLifetime.isZero()
            ? Duration.ofMinutes(15)
            : tokenLifetime;
    if (!secret.isEmpty() && secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "The Jitsi secret must have at least " + MIN_SECRET_LENGTH + " characters");
    }
    URI.create(baseUrlOf(domain));
  }

  /** Without domain, app id and secret: the public Jitsi, without tokens. */
  public static JitsiSettings publicDemo() {
    return new JitsiSettings(PUBLIC_DOMAIN, "", "", Duration.ofMinutes(15));
  }

  /** Whether tokens are issued: an app id and a secret are configured. */
  public boolean tokensEnabled() {
    return !appId.isEmpty() && !secret.isEmpty();
  }

  /** The domain with its scheme, without a trailing slash. */
  public String baseUrl() {
    return baseUrlOf(domain);
  }

  /** The domain as the IFrame API's constructor takes it: without a scheme. */
  public String apiDomain() {
    int scheme = domain.indexOf("://");
    return scheme < 0 ? domain : domain.substring(scheme + 3);
  }

  /** The address of the IFrame API script. */
  public String scriptUrl() {
    return baseUrl() + "/external_api.js";
  }

  /** The host of the deployment: the token's {@code sub}. */
  public String host() {
    String host = URI.create(baseUrl()).getHost();
    return host == null ? apiDomain() : host.toLowerCase(Locale.ROOT);
  }

  private static String baseUrlOf(String domain) {
    return domain.contains("://") ? domain : "https://" + domain;
  }

  private static String strip(String domain) {
    String d = domain;
    while (d.endsWith("/")) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }

  @Override
  public String toString() {
    // Never print the secret.
    return "JitsiSettings[domain="
        + domain
        + ", appId="
        + appId
        + ", tokens="
        + tokensEnabled()
        + ", tokenLifetime="
        + tokenLifetime
        + "]";
  }
}
