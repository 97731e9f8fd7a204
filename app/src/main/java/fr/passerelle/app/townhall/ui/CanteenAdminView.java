package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.townhall.CanteenDays;
import fr.passerelle.app.townhall.CanteenService;
import fr.passerelle.app.townhall.Deadline;
import fr.passerelle.app.townhall.MealCount;
import fr.passerelle.app.townhall.TownHallException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Town-hall staff set when canteen registrations close ("2 days before, at 10:00") and read the
 * number of meals per school and day, this week or the next.
 */
@Route(value = CanteenAdminView.ROUTE, layout = MainLayout.class)
@RolesAllowed("TOWN_HALL")
@Menu(title = "townhall.nav.canteen", order = 31)
@StyleSheet("styles/townhall.css")
class CanteenAdminView extends Div implements HasDynamicTitle {

  static final String ROUTE = "mairie/cantine";

  private final CanteenService canteen;
  private final SchoolTime schoolTime;
  private final Formats formats;
  private final long commune;
  private final Select<Integer> days = new Select<>();
  private final Select<LocalTime> time = new Select<>();
  private final Paragraph status = new Paragraph();
  private final Div counts = new Div();
  private LocalDate monday;

  CanteenAdminView(CanteenService canteen, SchoolTime schoolTime) {
    this.canteen = canteen;
    this.schoolTime = schoolTime;
    this.formats = schoolTime.formats(getLocale());
    this.commune = canteen.myCommune();
    this.monday = CanteenDays.monday(schoolTime.today());
    addClassNames("home", "townhall");
    add(new H1(getTranslation("townhall.canteen.heading")));

    Section deadline = new Section(new H2(getTranslation("townhall.deadline.heading")));
    deadline.addClassName("card");
    deadline.setId("deadline-form");
    Deadline current = canteen.deadline(commune);
    days.setLabel(getTranslation("townhall.deadline.days"));
    days.setId("deadline-days");
    days.setItems(IntStream.rangeClosed(0, 7).boxed().toList());
    days.setItemLabelGenerator(n -> getTranslation("townhall.deadline.daysBefore", n));
    days.setValue(Math.min(7, current.daysBefore()));
    List<LocalTime> times = new ArrayList<>();
    for (int h = 6; h <= 20; h++) {
      times.add(LocalTime.of(h, 0));
      times.add(LocalTime.of(h, 30));
    }
    time.setLabel(getTranslation("townhall.deadline.time"));
    time.setId("deadline-time");
    time.setItems(times);
    time.setItemLabelGenerator(formats::time);
    time.setValue(times.contains(current.at()) ? current.at() : LocalTime.of(10, 0));
    Button save = new Button(getTranslation("townhall.deadline.save"));
    save.setId("deadline-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(e -> saveDeadline());
    status.setId("deadline-status");
    status.setText(describe(current));
    Div fields = new Div(days, time);
    fields.addClassName("th-fields");
    deadline.add(fields, save, status);

    Section meals = new Section(new H2(getTranslation("townhall.meals.heading")));
    meals.addClassName("card");
    meals.setId("meal-counts");
    Button thisWeek = new Button(getTranslation("townhall.week.this"));
    thisWeek.addClickListener(e -> week(CanteenDays.monday(schoolTime.today())));
    Button nextWeek = new Button(getTranslation("townhall.week.next"));
    nextWeek.addClickListener(e -> week(CanteenDays.monday(schoolTime.today()).plusWeeks(1)));
    Div weeks = new Div(thisWeek, nextWeek);
    weeks.addClassName("th-weeks");
    meals.add(weeks, counts);
    add(deadline, meals);
    showCounts();
  }

  private String describe(Deadline d) {
    return getTranslation(
        "townhall.deadline.current",
        getTranslation("townhall.deadline.daysBefore", d.daysBefore()),
        formats.time(d.at()));
  }

  private void saveDeadline() {
    try {
      Deadline saved = canteen.setDeadline(commune, days.getValue(), time.getValue());
      String text = describe(saved);
      status.setText(text);
      MainLayout.announce(this, text);
    } catch (TownHallException e) {
      String text = getTranslation(e.messageKey(), e.arguments());
      status.setText(text);
      MainLayout.announce(this, text);
    }
  }

  private void week(LocalDate newMonday) {
    monday = newMonday;
    showCounts();
    MainLayout.announce(this, getTranslation("townhall.meals.week", Days.lower(formats, monday)));
  }

  private void showCounts() {
    counts.removeAll();
    counts.add(new H3(getTranslation("townhall.meals.week", Days.lower(formats, monday))));
    Map<LocalDate, List<MealCount>> byDay = new LinkedHashMap<>();
    canteen
        .mealCounts(commune, monday, monday.plusDays(6))
        .forEach(c -> byDay.computeIfAbsent(c.day(), d -> new ArrayList<>()).add(c));
    byDay.forEach(
        (day, list) -> {
          Section section = new Section();
          section.addClassName("th-day-counts");
          section.add(new H4(Days.day(formats, day)));
          UnorderedList items = new UnorderedList();
          int total = 0;
          for (MealCount c : list) {
            total += c.meals();
            ListItem item =
                new ListItem(getTranslation("townhall.meals.line", c.schoolName(), c.meals()));
            item.getElement().setAttribute("data-school", String.valueOf(c.schoolId()));
            items.add(item);
          }
          section.add(new Paragraph(getTranslation("townhall.meals.total", total)), items);
          counts.add(section);
        });
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "townhall.canteen.title");
  }
}
