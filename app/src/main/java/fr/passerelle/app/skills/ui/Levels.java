package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.Component;

/** How a level reads: "Pas encore" for none, "Niveau 2" otherwise. */
final class Levels {

  private Levels() {}

  static String label(Component in, int level) {
    return level == 0
        ? in.getTranslation("skills.level.none")
        : in.getTranslation("skills.level.n", level);
  }
}
