package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.SchoolSummary;

/** The body shared by the views of one school: its name, commune and classes. */
final class SchoolClassesView {

  private SchoolClassesView() {}

  static void fill(Div view, String headingKey, SchoolSummary school, ClassService classes) {
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
      view.add(Cards.empty(view, "school.noClass"));
    }
    list.forEach(c -> view.add(Cards.classCard(view, c)));
  }
}
