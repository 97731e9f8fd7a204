package fr.passerelle.app.visio.internal;

import fr.passerelle.app.visio.VisioProperties;
import fr.passerelle.media.visio.JitsiSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The visio configuration, read when it is used rather than at start, so the domain may name the
 * application's own port ({@code http://localhost:${local.server.port}/jitsi-stand-in} in tests).
 */
@Component
public class VisioSettings {

  private final Environment environment;

  VisioSettings(Environment environment) {
    this.environment = environment;
  }

  public VisioProperties properties() {
    return Binder.get(environment)
        .bind("passerelle.visio", VisioProperties.class)
        .orElse(new VisioProperties(null, null, null, null, null));
  }

  public JitsiSettings jitsi() {
    VisioProperties p = properties();
    Duration lifetime = p.tokenLifetime() == null ? Duration.ofMinutes(15) : p.tokenLifetime();
    return new JitsiSettings(p.domain(), p.appId(), p.secret(), lifetime);
  }

  /** Whether the deployment is configured (domain, app id and secret). */
  public boolean configured() {
    VisioProperties p = properties();
    return p.domain() != null && !p.domain().isBlank() && jitsi().tokensEnabled();
  }
}
