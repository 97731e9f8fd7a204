package fr.passerelle.app.speech;

import fr.passerelle.accessibility.speech.SpeechException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Synthesises published texts into the cache, after the publishing transaction commits, on one
 * background thread (so publishing never waits for speech), at the normal rate.
 */
@Component
class PreSynthesis implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(PreSynthesis.class);

  private final SpeechService speech;
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(1000),
          r -> {
            Thread t = new Thread(r, "speech-presynthesis");
            t.setDaemon(true);
            return t;
          });

  PreSynthesis(SpeechService speech) {
    this.speech = speech;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(TextPublished published) {
    try {
      executor.execute(() -> synthesise(published));
    } catch (RejectedExecutionException e) {
      LOG.warn("Pre-synthesis queue full: a published text will be synthesised when first played");
    }
  }

  private void synthesise(TextPublished published) {
    try {
      speech.speak(published.text(), published.language(), 100);
    } catch (SpeechException e) {
      LOG.warn("A published text was not pre-synthesised: {}", e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Pre-synthesis failed", e);
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
