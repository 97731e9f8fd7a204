package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What a person sees when a page is refused, missing or broken: plain words and a way home. */
final class Refusal {

  private Refusal() {}

  static void fill(Div view, String prefix) {
    view.addClassName("message-page");
    view.removeAll();
    view.add(
        new H1(view.getTranslation(prefix + ".heading")),
        new Paragraph(view.getTranslation(prefix + ".message")),
        new Anchor("", view.getTranslation("error.home")));
  }
}
