package fr.passerelle.app.speech.internal;

import fr.passerelle.accessibility.speech.Speaker;
import fr.passerelle.app.platform.SchoolTime;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engines found at start, behind their guard. {@code passerelle.speech.timeout} bounds one
 * synthesis; an engine that overruns or fails is left aside for {@code
 * passerelle.speech.isolation}.
 */
@Configuration
class SpeechConfig {

  private static final Logger LOG = LoggerFactory.getLogger(SpeechConfig.class);

  @Bean(destroyMethod = "close")
  Speaker speaker(
      @Value("${passerelle.speech.timeout:20s}") Duration timeout,
      @Value("${passerelle.speech.isolation:1m}") Duration isolation,
      SchoolTime time) {
    Speaker speaker = new Speaker(Speaker.discover(), timeout, isolation, time.clock());
    speaker
        .states()
        .forEach(e -> LOG.info("Speech engine {} {} speaks {}", e.name(), e.version(), e.voices()));
    if (!speaker.speaks("fr")) {
      LOG.warn("No speech engine speaks French: install espeak-ng (libespeak-ng1)");
    }
    return speaker;
  }
}
