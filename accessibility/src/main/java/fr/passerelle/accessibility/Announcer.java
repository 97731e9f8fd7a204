package fr.passerelle.accessibility;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;

/**
 * The application's own polite live region. Screen readers read what is announced here; Vaadin
 * notifications are not reliable enough with NVDA to carry messages alone.
 */
@Tag("div")
public class Announcer extends Div {

  public Announcer() {
    setId("announcer");
    addClassName("visually-hidden");
    getElement().setAttribute("aria-live", "polite");
    getElement().setAttribute("aria-atomic", "true");
    getElement().setAttribute("role", "status");
  }

  /**
   * Announces a message. The region is emptied first and filled a moment later so that the same
   * message said twice is read twice.
   */
  public void announce(String message) {
    getElement()
        .executeJs(
            "const r=this; r.textContent=''; setTimeout(()=>{r.textContent=$0;}, 150);", message);
  }
}
