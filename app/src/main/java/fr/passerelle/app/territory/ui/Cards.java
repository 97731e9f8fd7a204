package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.territory.Need;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The small building blocks the territory's views share: cards, names, needs. */
final class Cards {

  private Cards() {}

  static Section card(String heading, Component... content) {
    Section section = new Section(new H2(heading));
    section.add(content);
    section.addClassName("card");
    return section;
  }

  static Section classCard(Component view, ClassSummary c) {
    return card(
        c.name() + " – " + c.schoolName(),
        new Paragraph(teachersLine(view, c.teachers())),
        new Paragraph(view.getTranslation("class.pupilCount", c.pupilCount())),
        new Anchor(
            ClassView.route(c.id()), view.getTranslation("class.open", c.name(), c.schoolName())));
  }

  static String teachersLine(Component view, List<PersonName> teachers) {
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

  static Paragraph empty(Component view, String key) {
    Paragraph paragraph = new Paragraph(view.getTranslation(key));
    paragraph.addClassName("empty");
    return paragraph;
  }
}
