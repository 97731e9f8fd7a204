package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Need;
import fr.passerelle.app.territory.SchoolSummary;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The building blocks the territory's views and the role homes share: cards, a class's card, the
 * teachers' line, the needs, a school with its classes.
 */
public final class TerritoryCards {

  private TerritoryCards() {}

  /** A card: a section with a level-two heading and its content. */
  public static Section card(String heading, Component... content) {
    Section section = new Section(new H2(heading));
    section.add(content);
    section.addClassName("card");
    return section;
  }

  /** A class's card: its teachers, how many pupils, and the link to the class. */
  public static Section classCard(Component view, ClassSummary c) {
    return card(
        c.name() + " – " + c.schoolName(),
        new Paragraph(teachersLine(view, c.teachers())),
        new Paragraph(view.getTranslation("class.pupilCount", c.pupilCount())),
        new Anchor(
            TerritoryRoutes.ofClass(c.id()),
            view.getTranslation("class.open", c.name(), c.schoolName())));
  }

  /** "Enseignante : …", or that the class has no teacher yet. */
  public static String teachersLine(Component view, List<PersonName> teachers) {
    if (teachers.isEmpty()) {
      return view.getTranslation("class.noTeacher");
    }
    return view.getTranslation(
        "class.teachers",
        teachers.stream().map(PersonName::full).collect(Collectors.joining(", ")));
  }

  static Component needsList(Component view, Collection<Need> needs) {
    if (needs.isEmpty()) {
      return new Paragraph(view.getTranslation("needs.none"));
    }
    UnorderedList list = new UnorderedList();
    needs.stream()
        .sorted()
        .forEach(n -> list.add(new ListItem(view.getTranslation("need." + n.name()))));
    list.addClassName("needs");
    return list;
  }

  /** The paragraph that says a list is empty. */
  public static Paragraph empty(Component view, String key) {
    Paragraph paragraph = new Paragraph(view.getTranslation(key));
    paragraph.addClassName("empty");
    return paragraph;
  }

  /** The body of a school's page: its name, commune and classes (a school's view, its homes). */
  public static void fillSchool(
      Div view, String headingKey, SchoolSummary school, ClassService classes) {
    view.add(new H1(view.getTranslation(headingKey, school.name())));
    Paragraph line =
        new Paragraph(
            view.getTranslation(
                "school.line",
                view.getTranslation("schoolKind." + school.kind().name()),
                school.communeName(),
                school.uai()));
    line.addClassName("secondary");
    view.add(line);
    var list = classes.ofSchool(school.id());
    if (list.isEmpty()) {
      view.add(empty(view, "school.noClass"));
    }
    list.forEach(c -> view.add(classCard(view, c)));
  }
}
