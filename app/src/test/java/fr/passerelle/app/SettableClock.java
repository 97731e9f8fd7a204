package fr.passerelle.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The tests' clock: the system's, unless a test sets it to a fixed instant ("Monday at 9") and
 * resets it afterwards. Every test context gets it, so the shared context stays one.
 */
public final class SettableClock extends Clock {

  private volatile @Nullable Instant fixed;

  public void set(Instant instant) {
    fixed = instant;
  }

  public void reset() {
    fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    Instant f = fixed;
    return f == null ? Instant.now() : f;
  }

  /** Found by component scanning from the test class path. */
  @Configuration(proxyBeanMethods = false)
  static class Setup {

    @Bean
    @Primary
    SettableClock settableClock() {
      return new SettableClock();
    }
  }
}
