package fr.passerelle.app.skills.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.skills.SkillProgress;
import fr.passerelle.app.skills.SkillsService;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Digital skills on the homes: a pupil's one sentence and link, each child's progress. */
@Configuration
class SkillsHomeSections {

  @Bean
  HomeSection skillsPupilSection(SkillsService skills) {
    return HomeSection.of(
        home -> home == Role.PUPIL,
        35,
        () -> {
          SkillProgress progress = skills.myProgress();
          Section section = HomeSection.card("skills-home-section", "skills.home.heading");
          section.add(
              new Paragraph(
                  section.getTranslation(
                      "skills.progress.sentence", progress.known(), progress.total())));
          section.add(new Anchor(MySkillsView.ROUTE, section.getTranslation("skills.home.open")));
          return Optional.of(section);
        });
  }

  @Bean
  HomeSection skillsParentSection(SkillsService skills, SchoolTime time) {
    return HomeSection.of(
        home -> home == Role.PARENT,
        35,
        () -> {
          List<SkillProgress> children = skills.childrenProgress();
          if (children.isEmpty()) {
            return Optional.empty();
          }
          Section section = HomeSection.card("skills-parent-section", "skills.parent.heading");
          for (SkillProgress child : children) {
            section.add(new H3(child.pupil().full()));
            section.add(
                new ProgressPanel(child, false, "skills-child-" + child.pupil().id(), time));
          }
          return Optional.of(section);
        });
  }
}
