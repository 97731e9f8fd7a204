package fr.passerelle.app.chat.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.shell.MainLayout;

/**
 * Reads a message to the person: for now through the page's live region (the screen reader, or the
 * browser's speech when the read-aloud feature lands). A read-aloud component can take its place by
 * implementing this interface.
 */
@FunctionalInterface
interface MessageReader {

  void read(Component from, String text);

  /** Through the live region of the page. */
  static MessageReader liveRegion() {
    return MainLayout::announce;
  }
}
