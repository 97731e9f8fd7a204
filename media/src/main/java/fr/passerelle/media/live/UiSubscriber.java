package fr.passerelle.media.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;

/**
 * Hands signals to a Vaadin UI: the handler runs under the UI's session lock (with that session's
 * own security context, never the sender's), and server push sends what it changed. A UI that is
 * gone drops the signal.
 */
public final class UiSubscriber {

  private UiSubscriber() {}

  /** A subscriber that runs the handler inside {@code ui.access}. */
  public static <T> Consumer<T> of(UI ui, Consumer<T> handler) {
    return signal -> {
      try {
        ui.access(() -> handler.accept(signal));
      } catch (UIDetachedException gone) {
        // The person closed the page between the signal and its delivery.
      }
    };
  }
}
