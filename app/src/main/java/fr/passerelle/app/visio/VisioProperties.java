package fr.passerelle.app.visio;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code passerelle.visio.*}: the Jitsi domain (with a scheme for anything but https), the app id
 * and HS256 secret its Prosody accepts, the longest a token lives, and the secret the deployment's
 * reservation and presence hooks present ({@code Authorization: Bearer ...}; the app secret when
 * not set). Without app id and secret the public Jitsi is used without tokens.
 */
@ConfigurationProperties("passerelle.visio")
public record VisioProperties(
    @Nullable String domain,
    @Nullable String appId,
    @Nullable String secret,
    @Nullable Duration tokenLifetime,
    @Nullable String hookSecret) {

  /** The secret the hooks must present, or empty when the hooks are closed. */
  public String effectiveHookSecret() {
    if (hookSecret != null && !hookSecret.isBlank()) {
      return hookSecret;
    }
    return secret == null ? "" : secret;
  }
}
