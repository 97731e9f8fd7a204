package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.skills.SkillsService;
import jakarta.annotation.security.RolesAllowed;

/** A pupil's own progress: a sentence, a picture, a table. Reached from the pupil's home. */
@Route(value = "mes-competences", layout = MainLayout.class)
@RolesAllowed("PUPIL")
@StyleSheet("styles/skills.css")
class MySkillsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "mes-competences";

  MySkillsView(SkillsService skills, SchoolTime time) {
    addClassNames("skills", "my-skills-view");
    add(new H1(getTranslation("skills.mine.heading")));
    add(new ProgressPanel(skills.myProgress(), true, "skills-mine", time));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "skills.mine.title");
  }
}
