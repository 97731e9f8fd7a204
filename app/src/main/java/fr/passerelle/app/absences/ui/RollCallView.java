package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.absences.AbsenceException;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.HalfDay;
import fr.passerelle.app.absences.RollCall;
import fr.passerelle.app.absences.RollLine;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roll call: one of the teacher's classes, a school day (today unless chosen) and a half-day; a
 * box per pupil, ticked for the absent ones. Absences the parents announced come ticked and say so.
 * Saving again corrects the marks; the earlier ones are kept.
 */
@Route(value = RollCallView.ROUTE, layout = MainLayout.class)
@RolesAllowed("TEACHER")
@Menu(title = "absences.rollCall.nav", order = 27)
@StyleSheet("styles/absences.css")
class RollCallView extends Div implements HasDynamicTitle {

  static final String ROUTE = "appel";

  private final AbsenceService absences;
  private final SchoolTime time;
  private final Select<ClassSummary> schoolClass = new Select<>();
  private final DatePicker day = new DatePicker();
  private final RadioButtonGroup<HalfDay> half = new RadioButtonGroup<>();
  private final H2 heading = new H2();
  private final Paragraph status = new Paragraph();
  private final Div pupils = new Div();
  private final Paragraph error = new Paragraph();
  private final Map<Long, Checkbox> boxes = new HashMap<>();

  RollCallView(AbsenceService absences, SchoolTime time) {
    this.absences = absences;
    this.time = time;
    addClassNames("home", "roll-call-view");
    add(new H1(getTranslation("absences.rollCall.heading")));
    List<ClassSummary> classes = absences.myClasses();
    if (classes.isEmpty()) {
      add(new Paragraph(getTranslation("absences.rollCall.noClass")));
      return;
    }
    schoolClass.setLabel(getTranslation("absences.rollCall.class"));
    schoolClass.setItems(classes);
    schoolClass.setItemLabelGenerator(ClassSummary::name);
    schoolClass.setValue(classes.getFirst());
    schoolClass.setId("roll-call-class");
    day.setLabel(getTranslation("absences.rollCall.day"));
    day.setLocale(getLocale());
    day.setMax(time.today());
    day.setMin(time.today().minusDays(AbsenceService.MAX_PAST_DAYS));
    day.setValue(time.today());
    day.setId("roll-call-day");
    half.setLabel(getTranslation("absences.rollCall.half"));
    half.setItems(HalfDay.values());
    half.setItemLabelGenerator(h -> getTranslation("absences.half.title." + h.name()));
    half.setValue(HalfDay.at(time.timeNow()));
    half.setId("roll-call-half");
    schoolClass.addValueChangeListener(e -> refresh());
    day.addValueChangeListener(e -> refresh());
    half.addValueChangeListener(e -> refresh());
    Div choices = new Div(schoolClass, day, half);
    choices.addClassName("roll-call-choices");

    Section sheet = new Section(heading, status);
    sheet.addClassNames("card", "roll-call");
    sheet.setId("roll-call");
    status.setId("roll-call-status");
    pupils.setId("roll-call-pupils");
    pupils.addClassName("roll-call-pupils");
    pupils.getElement().setAttribute("role", "group");
    heading.setId("roll-call-heading");
    pupils.getElement().setAttribute("aria-labelledby", "roll-call-heading");
    error.setId("roll-call-error");
    error.addClassName("form-error");
    Button save = new Button(getTranslation("absences.rollCall.save"), e -> save());
    save.setId("roll-call-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    sheet.add(new Paragraph(getTranslation("absences.rollCall.help")), pupils, error, save);
    add(choices, sheet);
    refresh();
  }

  private void refresh() {
    error.setText("");
    pupils.removeAll();
    boxes.clear();
    ClassSummary c = schoolClass.getValue();
    if (c == null || day.getValue() == null || half.getValue() == null) {
      heading.setText(getTranslation("absences.rollCall.choose"));
      status.setText("");
      return;
    }
    show(absences.rollCall(c.id(), day.getValue(), half.getValue()));
  }

  private void show(RollCall call) {
    heading.setText(
        getTranslation(
            "absences.rollCall.of",
            call.className(),
            AbsenceTexts.halfDay(time, this, call.day(), call.half())));
    status.setText(
        call.taken()
            ? getTranslation("absences.rollCall.taken", call.absentCount())
            : getTranslation("absences.rollCall.notTaken"));
    pupils.removeAll();
    boxes.clear();
    for (RollLine line : call.lines()) {
      String label =
          line.announced() == null
              ? line.pupil().full()
              : getTranslation(
                  "absences.rollCall.announced",
                  line.pupil().full(),
                  getTranslation("absences.reason." + line.announced().reason().name()));
      Checkbox box = new Checkbox(label, line.absent());
      box.setId("roll-" + line.pupil().id());
      box.addClassName("roll-call-pupil");
      if (line.announced() != null) {
        box.addClassName("roll-call-announced");
      }
      boxes.put(line.pupil().id(), box);
      pupils.add(box);
    }
  }

  private void save() {
    ClassSummary c = schoolClass.getValue();
    if (c == null || day.getValue() == null || half.getValue() == null) {
      say(getTranslation("absences.rollCall.choose"));
      return;
    }
    Set<Long> absent =
        boxes.entrySet().stream()
            .filter(e -> e.getValue().getValue())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    RollCall saved;
    try {
      saved = absences.saveRollCall(c.id(), day.getValue(), half.getValue(), absent);
    } catch (AbsenceException e) {
      say(getTranslation(e.messageKey(), e.arguments()));
      return;
    }
    show(saved);
    MainLayout.announce(this, getTranslation("absences.rollCall.saved", saved.absentCount()));
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "absences.rollCall.title");
  }
}
