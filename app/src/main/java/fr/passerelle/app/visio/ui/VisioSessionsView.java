package fr.passerelle.app.visio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import fr.passerelle.app.visio.SessionSummary;
import fr.passerelle.app.visio.VisioRefusedException;
import fr.passerelle.app.visio.VisioSessions;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A teacher's visio sessions: schedule one, start one now, see what is coming. Reached from the
 * visio section of the teacher's home (no navigation entry, so the shell's menu stays as it is).
 */
@Route(value = "visio/seances", layout = MainLayout.class)
@RolesAllowed("TEACHER")
@StyleSheet("styles/visio.css")
public class VisioSessionsView extends Div implements HasDynamicTitle {

  public static final String ROUTE = "visio/seances";

  private final VisioSessions visio;
  private final SchoolTime schoolTime;
  private final List<ClassSummary> classes;
  private final Select<ClassSummary> schoolClass = new Select<>();
  private final TextField title = new TextField();
  private final DatePicker date = new DatePicker();
  private final TimePicker time = new TimePicker();
  private final IntegerField duration = new IntegerField();
  private final Checkbox weekly = new Checkbox();
  private final Paragraph error = new Paragraph();
  private final UnorderedList upcoming = new UnorderedList();

  VisioSessionsView(VisioSessions visio, SchoolTime schoolTime, ClassService classService) {
    this.visio = visio;
    this.schoolTime = schoolTime;
    this.classes = classService.myClasses();
    addClassName("visio-sessions");
    add(new H1(getTranslation("visio.sessions.heading")));
    if (classes.isEmpty()) {
      add(new Paragraph(getTranslation("visio.sessions.noClass")));
      return;
    }
    add(startNow(), scheduleForm(), upcomingSection());
    refresh();
  }

  private Section startNow() {
    Section section = new Section(new H2(getTranslation("visio.sessions.nowHeading")));
    section.addClassName("card");
    for (ClassSummary c : classes) {
      Button start =
          new Button(
              getTranslation("visio.sessions.startNow", c.name()),
              e -> {
                long id = visio.startNow(c.id(), getTranslation("visio.sessions.nowTitle"));
                getUI().ifPresent(ui -> ui.navigate(VisioCallView.route(id)));
              });
      start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      start.addClassName("visio-start-now");
      section.add(start);
    }
    return section;
  }

  private Section scheduleForm() {
    Section section = new Section(new H2(getTranslation("visio.sessions.scheduleHeading")));
    section.addClassName("card");
    section.setId("visio-schedule");
    schoolClass.setLabel(getTranslation("visio.sessions.class"));
    schoolClass.setItems(classes);
    schoolClass.setItemLabelGenerator(c -> c.name() + " – " + c.schoolName());
    schoolClass.setValue(classes.getFirst());
    title.setLabel(getTranslation("visio.sessions.title"));
    title.setMaxLength(VisioSessions.MAX_TITLE);
    title.setValue(getTranslation("visio.sessions.defaultTitle"));
    date.setLabel(getTranslation("visio.sessions.date"));
    date.setLocale(getLocale());
    date.setValue(schoolTime.today().plusDays(1));
    time.setLabel(getTranslation("visio.sessions.time"));
    time.setLocale(getLocale());
    time.setValue(LocalTime.of(9, 0));
    duration.setLabel(getTranslation("visio.sessions.duration"));
    duration.setMin(VisioSessions.MIN_DURATION);
    duration.setMax(VisioSessions.MAX_DURATION);
    duration.setStepButtonsVisible(true);
    duration.setValue(45);
    weekly.setLabel(getTranslation("visio.sessions.weekly"));
    error.addClassName("visio-error");
    error.setId("visio-schedule-error");
    Button schedule = new Button(getTranslation("visio.sessions.schedule"), e -> schedule());
    schedule.setId("visio-schedule-button");
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div fields = new Div(schoolClass, title, date, time, duration, weekly);
    fields.addClassName("visio-form");
    section.add(fields, error, schedule);
    return section;
  }

  private void schedule() {
    error.setText("");
    if (schoolClass.getValue() == null
        || date.getValue() == null
        || time.getValue() == null
        || duration.getValue() == null) {
      say(getTranslation("visio.error.missing"));
      return;
    }
    try {
      visio.schedule(
          schoolClass.getValue().id(),
          title.getValue(),
          LocalDateTime.of(date.getValue(), time.getValue()),
          duration.getValue(),
          weekly.getValue());
    } catch (IllegalArgumentException | VisioRefusedException e) {
      String key = e instanceof VisioRefusedException r ? r.messageKey() : e.getMessage();
      say(getTranslation(key));
      return;
    }
    refresh();
    MainLayout.announce(this, getTranslation("visio.sessions.scheduled", title.getValue()));
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  private Section upcomingSection() {
    Section section = new Section(new H2(getTranslation("visio.sessions.upcomingHeading")));
    section.addClassName("card");
    upcoming.setId("visio-upcoming");
    section.add(upcoming);
    return section;
  }

  private void refresh() {
    upcoming.removeAll();
    List<SessionSummary> sessions = visio.upcoming();
    if (sessions.isEmpty()) {
      upcoming.add(new ListItem(getTranslation("visio.sessions.none")));
    }
    Formats formats = schoolTime.formats(getLocale());
    for (SessionSummary s : sessions) {
      ListItem item = new ListItem(new Paragraph(When.line(this, formats, s)));
      if (s.live()) {
        item.add(
            new Anchor(
                VisioCallView.route(s.id()), getTranslation("visio.sessions.join", s.title())));
      }
      item.add(
          new Anchor(
              VisioSessionView.route(s.id()), getTranslation("visio.sessions.manage", s.title())));
      upcoming.add(item);
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "visio.sessions.pageTitle");
  }
}
