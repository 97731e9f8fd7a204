package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.speech.ui.ReadAloud;
import fr.passerelle.app.territory.ClassAccess;
import fr.passerelle.app.territory.ClassRoster;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.RosterLine;
import jakarta.annotation.security.PermitAll;

/** One class: its teachers and, as far as the caller may see, its pupils and their needs. */
@Route(value = TerritoryRoutes.CLASS, layout = MainLayout.class)
@PermitAll
class ClassView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final ClassService classes;
  private String title = "";

  ClassView(ClassService classes) {
    this.classes = classes;
  }

  @Override
  public void setParameter(BeforeEvent event, Long classId) {
    ClassRoster roster = classes.roster(classId);
    var summary = roster.summary();
    title = getTranslation("class.title", summary.name(), summary.schoolName());
    removeAll();
    add(new H1(title));
    add(ReadAloud.around(new Paragraph(TerritoryCards.teachersLine(this, summary.teachers()))));
    Paragraph year =
        new Paragraph(getTranslation("class.year", summary.schoolYear(), summary.communeName()));
    year.addClassName("secondary");
    add(year);
    if (roster.access().atLeast(ClassAccess.CLASSMATES)) {
      add(pupils(roster));
    } else {
      add(new Paragraph(getTranslation("class.pupilCount", summary.pupilCount())));
    }
  }

  private Section pupils(ClassRoster roster) {
    Section section = new Section(new H2(getTranslation("class.pupils")));
    section.addClassName("card");
    if (roster.pupils().isEmpty()) {
      section.add(TerritoryCards.empty(this, "class.noPupils"));
      return section;
    }
    boolean links = roster.access().atLeast(ClassAccess.ROSTER);
    boolean needs = roster.access() == ClassAccess.ROSTER_WITH_NEEDS;
    UnorderedList list = new UnorderedList();
    list.addClassName("roster");
    for (RosterLine line : roster.pupils()) {
      ListItem item = new ListItem();
      if (links) {
        item.add(new Anchor(TerritoryRoutes.ofPupil(line.pupil().id()), line.pupil().full()));
      } else {
        item.add(line.pupil().full());
      }
      if (needs && !line.needs().isEmpty()) {
        item.add(TerritoryCards.needsList(this, line.needs()));
      }
      list.add(item);
    }
    section.add(list);
    return section;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "class.pageTitle", title);
  }
}
