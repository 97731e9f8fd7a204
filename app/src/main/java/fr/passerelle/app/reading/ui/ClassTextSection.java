package fr.passerelle.app.reading.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.reading.ClassText;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.territory.ClassService;
import java.util.Optional;

/** On a pupil's home: the class's text, in its easy-to-read version first when the profile asks. */
@org.springframework.stereotype.Component
class ClassTextSection implements HomeSection {

  private final ClassService classes;
  private final EasyReadService easyRead;
  private final ProfileService profiles;

  ClassTextSection(ClassService classes, EasyReadService easyRead, ProfileService profiles) {
    this.classes = classes;
    this.easyRead = easyRead;
    this.profiles = profiles;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.PUPIL;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Component> create() {
    return classes
        .myClass()
        .map(
            summary -> {
              Section section = new Section();
              section.addClassName("card");
              section.addClassName("class-text");
              UI ui = UI.getCurrent();
              section.add(new H2(ui.getTranslation("reading.classText.heading")));
              section.add(
                  new EasyReadBlock(
                      easyRead,
                      ClassText.owner(summary.id()),
                      ClassText.original(section, summary),
                      profiles.mine()));
              return section;
            });
  }
}
