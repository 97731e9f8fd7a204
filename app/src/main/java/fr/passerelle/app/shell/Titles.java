package fr.passerelle.app.shell;

import com.vaadin.flow.component.Component;

/** Page titles: the view's own words first, then the application's name. */
public final class Titles {

  private Titles() {}

  public static String of(Component view, String key, Object... params) {
    return view.getTranslation(key, params) + " – " + view.getTranslation("app.name");
  }
}
