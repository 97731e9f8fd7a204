package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.AbsenceSignals;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;

/**
 * The school's absences no parent has justified, the latest first, a page at a time. A roll call or
 * a parent's justification on any node updates it without a reload (live channel).
 */
final class SchoolAbsences extends Section {

  static final int PAGE = 30;

  private final AbsenceService absences;
  private final SchoolTime time;
  private final long school;
  private final Paragraph count = new Paragraph();
  private final UnorderedList list = new UnorderedList();
  private final Button more = new Button();
  private int shown = PAGE;

  SchoolAbsences(
      AbsenceService absences, SchoolTime time, LiveSignals live, long school, boolean heading) {
    this.absences = absences;
    this.time = time;
    this.school = school;
    addClassNames("card", "absences-school");
    setId("absences-school");
    if (heading) {
      add(new H2(getTranslation("absences.school.heading")));
    }
    count.setId("absences-school-count");
    list.setId("absences-school-list");
    more.setText(getTranslation("absences.school.more"));
    more.addClickListener(
        e -> {
          shown += PAGE;
          refresh();
        });
    add(count, list, more);
    refresh();
    live.subscribe(this, AbsenceSignals.schoolTopic(school), signal -> refresh());
  }

  private void refresh() {
    long total = absences.countUnjustified(school);
    count.setText(getTranslation("absences.school.count", total));
    list.removeAll();
    for (Absence a : absences.unjustified(school, 0, shown)) {
      list.add(
          new ListItem(
              getTranslation(
                  "absences.school.item",
                  a.pupil().full(),
                  a.className(),
                  AbsenceTexts.absence(time, this, a),
                  a.daysSince())));
    }
    more.setVisible(total > shown);
  }
}
