package fr.passerelle.app.speech;

import fr.passerelle.accessibility.speech.SpeechException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Synthesises published texts into the cache after the publishing transaction commits, one at a
 * time on a thread of its own (so publishing never waits for speech and synthesis never takes every
 * core), at the normal rate. A durable module event (ADR 0024): a text whose synthesis was cut
 * short by a stopped node, or refused because the queue was full, is delivered again later.
 */
@Configuration(proxyBeanMethods = false)
class PreSynthesis {

  private static final Logger LOG = LoggerFactory.getLogger(PreSynthesis.class);

  static final String EXECUTOR = "preSynthesisExecutor";

  private final SpeechService speech;

  PreSynthesis(SpeechService speech) {
    this.speech = speech;
  }

  /** Boot's executor settings, but one thread and a bounded queue. */
  @Bean(EXECUTOR)
  static ThreadPoolTaskExecutor preSynthesisExecutor(ThreadPoolTaskExecutorBuilder builder) {
    return builder
        .corePoolSize(1)
        .maxPoolSize(1)
        .queueCapacity(1000)
        .threadNamePrefix("speech-presynthesis-")
        .build();
  }

  /** As {@code @ApplicationModuleListener}, on the pre-synthesis thread. */
  @Async(EXECUTOR)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  @TransactionalEventListener
  void on(TextPublished published) {
    try {
      speech.speak(published.text(), published.language(), 100);
    } catch (SpeechException e) {
      // The engine is missing or refused the text: nothing to retry; it is spoken when played.
      LOG.warn("A published text was not pre-synthesised: {}", e.getMessage());
    }
  }
}
