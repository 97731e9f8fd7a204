package fr.passerelle.app;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Lets a test lose the work handed to the application's executors, as a node that stops between a
 * commit and its module listeners loses it: while dropping, each task submitted is thrown away (the
 * listener never runs, its publication stays incomplete). Found by component scanning from the test
 * class path; Boot's executors take the single task decorator there is.
 */
@Component
public class DroppedTasks implements TaskDecorator {

  private volatile boolean dropping;
  private final AtomicInteger dropped = new AtomicInteger();

  @Override
  public Runnable decorate(Runnable task) {
    if (dropping) {
      dropped.incrementAndGet();
      return () -> {};
    }
    return task;
  }

  /** From now on, submitted tasks are lost. */
  public void startDropping() {
    dropped.set(0);
    dropping = true;
  }

  /** Tasks run again; how many were lost. */
  public int stopDropping() {
    dropping = false;
    return dropped.get();
  }
}
