package fr.passerelle.app.lessonbook.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.accessibility.profile.AccessibilityProfile;
import fr.passerelle.app.lessonbook.Entry;
import fr.passerelle.app.lessonbook.LessonBookService;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's homework: for today, this week, later, and what was done in class these last days.
 * Reached from the pupil's home ("Tous mes devoirs").
 */
@Route(value = HomeworkView.ROUTE, layout = MainLayout.class)
@RolesAllowed("PUPIL")
@StyleSheet("styles/lessonbook.css")
class HomeworkView extends Div implements HasDynamicTitle {

  static final String ROUTE = "devoirs";

  private final SchoolTime time;

  HomeworkView(
      LessonBookService book, SchoolTime time, EasyReadService easyRead, ProfileService profiles) {
    this.time = time;
    addClassNames("home", "homework-view");
    add(new H1(getTranslation("lessonbook.homework.heading")));
    AccessibilityProfile viewer = profiles.mine();
    LocalDate today = time.today();
    part(book, easyRead, viewer, "lessonbook.home.today", book.myHomework(today, today));
    part(
        book,
        easyRead,
        viewer,
        "lessonbook.home.week",
        book.myHomework(today.plusDays(1), today.plusDays(6)));
    part(
        book,
        easyRead,
        viewer,
        "lessonbook.homework.later",
        book.myHomework(today.plusDays(7), today.plusDays(30)));
    part(
        book,
        easyRead,
        viewer,
        "lessonbook.homework.lessons",
        book.myLessons(today.minusDays(7), today));
  }

  private void part(
      LessonBookService book,
      EasyReadService easyRead,
      AccessibilityProfile viewer,
      String headingKey,
      List<Entry> entries) {
    Section section = new Section(new H2(getTranslation(headingKey)));
    section.addClassName("homework-part");
    if (entries.isEmpty()) {
      section.add(new Paragraph(getTranslation("lessonbook.homework.none")));
    }
    entries.forEach(e -> section.add(new EntryCard(book, time, easyRead, viewer, e, true)));
    add(section);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "lessonbook.homework.title");
  }
}
