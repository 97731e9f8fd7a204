package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.Component;
import fr.passerelle.app.filtering.FilteringException;

/** Turns a refused input into its translated message. */
final class Errors {

  private Errors() {}

  static String text(Component in, FilteringException e) {
    return in.getTranslation(e.key(), e.params());
  }
}
