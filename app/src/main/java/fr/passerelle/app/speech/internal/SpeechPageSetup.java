package fr.passerelle.app.speech.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts read-aloud.js in every page's first HTML, after passerelle.js: the read-aloud blocks, their
 * keyboard shortcuts and speak-on-focus (which must work on every page) need it.
 */
@Component
class SpeechPageSetup implements VaadinServiceInitListener {

  static final String SCRIPT = "./scripts/read-aloud.js";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> response.getDocument().head().appendElement("script").attr("src", SCRIPT));
  }
}
