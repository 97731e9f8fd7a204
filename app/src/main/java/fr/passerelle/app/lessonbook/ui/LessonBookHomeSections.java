package fr.passerelle.app.lessonbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.lessonbook.Entry;
import fr.passerelle.app.lessonbook.HomeworkProgress;
import fr.passerelle.app.lessonbook.LessonBookService;
import fr.passerelle.app.lessonbook.LessonBookSignals;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.profile.ProfileService;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.shell.ChildPart;
import fr.passerelle.app.shell.HomeSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lesson book's parts of the homes. A pupil's: the homework for today right after the live
 * visio (order {@value #PUPIL_TODAY}), the rest of the week after the class and its messages
 * ({@value #PUPIL_WEEK}). A parent's: each child's homework of the week, on the child's card
 * ({@link ChildPart#HOMEWORK}). A teacher's: the homework of the days around, with who has not done
 * it yet ({@value #TEACHER}), following the pupils' marks without a reload (live channel).
 */
@Configuration
class LessonBookHomeSections {

  static final int PUPIL_TODAY = -15;
  static final int PUPIL_WEEK = 30;
  static final int TEACHER = 15;

  /** Homework shown on a teacher's home at most; the rest is in the lesson book. */
  static final int TEACHER_SHOWN = 6;

  @Bean
  HomeSection homeworkTodaySection(
      LessonBookService book, SchoolTime time, EasyReadService easyRead, ProfileService profiles) {
    return section(
        Role.PUPIL,
        () -> PUPIL_TODAY,
        () -> {
          LocalDate today = time.today();
          List<Entry> due = book.myHomework(today, today);
          if (due.isEmpty()) {
            return Optional.empty();
          }
          Section section = block("homework-today", "lessonbook.home.today");
          var viewer = profiles.mine();
          due.forEach(e -> section.add(new EntryCard(book, time, easyRead, viewer, e, true)));
          return Optional.of(section);
        });
  }

  @Bean
  HomeSection homeworkWeekSection(
      LessonBookService book, SchoolTime time, EasyReadService easyRead, ProfileService profiles) {
    return section(
        Role.PUPIL,
        () -> PUPIL_WEEK,
        () -> {
          LocalDate today = time.today();
          List<Entry> due = book.myHomework(today.plusDays(1), today.plusDays(6));
          Section section = block("homework-week", "lessonbook.home.week");
          if (due.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("lessonbook.home.weekNone")));
          }
          var viewer = profiles.mine();
          due.forEach(e -> section.add(new EntryCard(book, time, easyRead, viewer, e, true)));
          section.add(
              new Anchor(HomeworkView.ROUTE, section.getTranslation("lessonbook.home.all")));
          return Optional.of(section);
        });
  }

  /** On each child's card of a parent's home: the child's homework of the week. */
  @Bean
  ChildPart childHomeworkPart(
      LessonBookService book, SchoolTime time, EasyReadService easyRead, ProfileService profiles) {
    return ChildPart.of(
        ChildPart.HOMEWORK,
        childId -> {
          LocalDate today = time.today();
          List<Entry> due = book.childHomework(childId, today, today.plusDays(6));
          Section section = new Section();
          section.addClassNames("child-part", "homework-home");
          section.setId("homework-child-" + childId);
          String name =
              book.myChildren().stream()
                  .filter(c -> c.id() == childId)
                  .map(PersonName::firstName)
                  .findFirst()
                  .orElse("");
          section.add(new H3(section.getTranslation("lessonbook.home.child", name)));
          if (due.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("lessonbook.home.childNone")));
          }
          var viewer = profiles.mine();
          due.forEach(e -> section.add(new EntryCard(book, time, easyRead, viewer, e, false)));
          return Optional.of(section);
        });
  }

  @Bean
  HomeSection homeworkToCheckSection(LessonBookService book, SchoolTime time, LiveSignals live) {
    return section(
        Role.TEACHER,
        () -> TEACHER,
        () -> {
          Section section = block("homework-check", "lessonbook.home.check");
          Div list = new Div();
          list.addClassName("homework-check-list");
          showToCheck(list, book, time);
          section.add(
              list,
              new Anchor(LessonBookView.ROUTE, section.getTranslation("lessonbook.home.open")));
          // A pupil's mark on any node: "12/24 faits" follows, read again with her rights.
          book.myClasses()
              .forEach(
                  c ->
                      live.subscribe(
                          list,
                          LessonBookSignals.classTopic(c.id()),
                          signal -> showToCheck(list, book, time)));
          return Optional.of(section);
        });
  }

  private static void showToCheck(Div holder, LessonBookService book, SchoolTime time) {
    holder.removeAll();
    List<HomeworkProgress> list = book.homeworkToCheck();
    if (list.isEmpty()) {
      holder.add(new Paragraph(holder.getTranslation("lessonbook.home.checkNone")));
      return;
    }
    UnorderedList items = new UnorderedList();
    list.stream().limit(TEACHER_SHOWN).forEach(p -> items.add(progressItem(holder, time, p)));
    holder.add(items);
  }

  /** "Lecture p. 12 (CE1), pour demain : 12/24 faits. Pas encore : …". */
  static ListItem progressItem(Component in, SchoolTime time, HomeworkProgress p) {
    Entry e = p.entry();
    ListItem item = new ListItem();
    item.addClassName("homework-progress");
    item.add(
        new Paragraph(
            in.getTranslation(
                "lessonbook.progress",
                e.title(),
                e.className(),
                EntryCard.day(in, time, e.dueDate() == null ? e.date() : e.dueDate()),
                p.done(),
                p.total())));
    if (!p.notDone().isEmpty()) {
      item.add(
          new Paragraph(
              in.getTranslation(
                  "lessonbook.progress.notDone",
                  p.notDone().stream().map(PersonName::full).collect(Collectors.joining(", ")))));
    }
    return item;
  }

  private static Section block(@Nullable String id, @Nullable String headingKey) {
    Section section = new Section();
    section.addClassNames("card", "home-section", "homework-home");
    if (id != null) {
      section.setId(id);
    }
    if (headingKey != null) {
      section.add(new H2(section.getTranslation(headingKey)));
    }
    return section;
  }

  private static HomeSection section(
      Role role, IntSupplier order, java.util.function.Supplier<Optional<Component>> create) {
    return HomeSection.of(home -> home == role, order.getAsInt(), create);
  }
}
