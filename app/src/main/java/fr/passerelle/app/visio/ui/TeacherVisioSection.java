package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioSessions;
import java.util.List;
import java.util.Optional;

/** On a teacher's home, after their classes: the coming visio sessions and a schedule button. */
@org.springframework.stereotype.Component
class TeacherVisioSection implements HomeSection {

  static final int SHOWN = 3;

  private final VisioSessions visio;
  private final SchoolTime time;

  TeacherVisioSection(VisioSessions visio, SchoolTime time) {
    this.visio = visio;
    this.time = time;
  }

  @Override
  public boolean shownOn(Role home) {
    return home == Role.TEACHER;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<Component> create() {
    Section section = new Section();
    section.addClassName("card");
    section.setId("visio-teacher");
    section.add(new H2(section.getTranslation("visio.home.teacherHeading")));
    List<SessionSummary> upcoming = visio.upcoming();
    if (upcoming.isEmpty()) {
      section.add(new Paragraph(section.getTranslation("visio.sessions.none")));
    } else {
      UnorderedList list = new UnorderedList();
      Formats formats = When.formats(time);
      for (SessionSummary s : upcoming.subList(0, Math.min(SHOWN, upcoming.size()))) {
        ListItem item = new ListItem(new Paragraph(When.line(section, formats, s)));
        if (s.live()) {
          item.add(
              new Anchor(
                  VisioCallView.route(s.id()),
                  section.getTranslation("visio.sessions.join", s.title())));
        }
        list.add(item);
      }
      section.add(list);
    }
    Anchor schedule =
        new Anchor(VisioSessionsView.ROUTE, section.getTranslation("visio.home.schedule"));
    schedule.setId("visio-schedule-link");
    schedule.addClassName("visio-big-button");
    section.add(schedule);
    return Optional.of(section);
  }
}
