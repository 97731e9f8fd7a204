package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import fr.passerelle.app.visio.VisioEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Brings the visio's events to the open pages that wait for them (a teacher's home rings, a pupil's
 * home shows the class is live), through server push, once the change is committed. One node only:
 * several nodes would relay the events through the database or a broker.
 */
@org.springframework.stereotype.Component
class VisioBell {

  private record Listener(UI ui, Consumer<Object> action) {}

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Executor executor = Executors.newVirtualThreadPerTaskExecutor();

  /** Calls the action in the component's UI for each event, while the component is attached. */
  void listen(com.vaadin.flow.component.Component component, Consumer<Object> action) {
    component.addAttachListener(
        attach -> {
          Listener listener = new Listener(attach.getUI(), action);
          listeners.add(listener);
          Registration[] detach = new Registration[1];
          detach[0] =
              component.addDetachListener(
                  d -> {
                    listeners.remove(listener);
                    detach[0].remove();
                  });
        });
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(VisioEvents.SessionLive event) {
    ring(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(VisioEvents.ClassCalled event) {
    ring(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(VisioEvents.CallAnswered event) {
    ring(event);
  }

  /**
   * Each page's action runs in its own UI's session, from a fresh thread: the committing request's
   * thread holds another person's security context, which the page's services must not see.
   */
  private void ring(Object event) {
    for (Listener listener : listeners) {
      if (listener.ui().isAttached()) {
        executor.execute(() -> listener.ui().access(() -> listener.action().accept(event)));
      } else {
        listeners.remove(listener);
      }
    }
  }
}
