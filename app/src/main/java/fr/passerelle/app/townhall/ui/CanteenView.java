package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.townhall.CanteenClosedException;
import fr.passerelle.app.townhall.CanteenDays;
import fr.passerelle.app.townhall.CanteenService;
import fr.passerelle.app.townhall.ChildCanteen;
import fr.passerelle.app.townhall.MealDay;
import fr.passerelle.app.townhall.OutingOffer;
import fr.passerelle.app.townhall.TownHallException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * A parent registers each child for canteen days, a week at a time: one checkbox per day (Tab and
 * Space), each saying until when it may change and what is on the menu. After the commune's
 * deadline a change is refused in words that give the deadline, and the box goes back. On the day
 * of a class outing, the meal may be cancelled even late.
 */
@Route(value = CanteenView.ROUTE, layout = MainLayout.class)
@RolesAllowed("PARENT")
@Menu(title = "townhall.nav.parent", order = 32)
@StyleSheet("styles/townhall.css")
class CanteenView extends Div implements HasDynamicTitle {

  static final String ROUTE = "cantine";

  private final CanteenService canteen;
  private final Formats formats;
  private final Div children = new Div();
  private final H2 weekHeading = new H2();
  private LocalDate monday;

  CanteenView(CanteenService canteen, SchoolTime time) {
    this.canteen = canteen;
    this.formats = time.formats(getLocale());
    this.monday = CanteenDays.monday(time.today());
    addClassNames("home", "townhall", "canteen-view");
    add(new H1(getTranslation("townhall.parent.heading")));
    add(new Paragraph(getTranslation("townhall.parent.intro")));
    Button thisWeek = new Button(getTranslation("townhall.week.this"));
    thisWeek.setId("week-this");
    thisWeek.addClickListener(e -> week(CanteenDays.monday(time.today())));
    Button nextWeek = new Button(getTranslation("townhall.week.next"));
    nextWeek.setId("week-next");
    nextWeek.addClickListener(e -> week(CanteenDays.monday(time.today()).plusWeeks(1)));
    Div weeks = new Div(thisWeek, nextWeek);
    weeks.addClassName("th-weeks");
    weekHeading.setId("week-heading");
    add(weeks, weekHeading, children);
    show();
  }

  private void week(LocalDate newMonday) {
    monday = newMonday;
    show();
    MainLayout.announce(this, weekHeading.getText());
  }

  private void show() {
    weekHeading.setText(getTranslation("townhall.week.of", Days.lower(formats, monday)));
    children.removeAll();
    List<PersonName> mine = canteen.myChildren();
    if (mine.isEmpty()) {
      children.add(new Paragraph(getTranslation("townhall.parent.noChild")));
    }
    for (PersonName child : mine) {
      children.add(childWeek(canteen.childWeek(child.id(), monday)));
    }
  }

  private Section childWeek(ChildCanteen week) {
    Section section = new Section();
    section.addClassNames("card", "th-child");
    section.setId("canteen-" + week.childId());
    if (week.days().isEmpty()) {
      section.add(new Paragraph(getTranslation("townhall.parent.notEnrolled", week.firstName())));
      return section;
    }
    FieldSet days = new FieldSet(getTranslation("townhall.parent.legend", week.firstName()));
    days.addClassName("th-days");
    Paragraph error = new Paragraph();
    error.addClassName("form-error");
    error.setId("canteen-error-" + week.childId());
    Paragraph school = new Paragraph(week.schoolName());
    school.addClassName("th-school");
    for (MealDay day : week.days()) {
      days.add(dayRow(week, day, error));
    }
    section.add(school, days, error);
    return section;
  }

  private Div dayRow(ChildCanteen week, MealDay day, Paragraph error) {
    Div row = new Div();
    row.addClassName("th-day");
    Checkbox box = new Checkbox(Days.day(formats, day.day()), day.registered());
    box.setId("meal-" + week.childId() + "-" + day.day());
    box.setHelperText(
        getTranslation(
            day.open() ? "townhall.parent.until" : "townhall.parent.closedSince",
            Days.moment(this, formats, day.closesAt())));
    box.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          try {
            MealDay saved = canteen.setMeal(week.childId(), day.day(), e.getValue());
            error.setText("");
            MainLayout.announce(
                this,
                getTranslation(
                    saved.registered()
                        ? "townhall.parent.registered"
                        : "townhall.parent.unregistered",
                    week.firstName(),
                    Days.lower(formats, day.day())));
          } catch (CanteenClosedException closed) {
            box.setValue(e.getOldValue());
            String text =
                getTranslation(
                    "townhall.canteen.closed",
                    Days.lower(formats, closed.day()),
                    Days.moment(this, formats, closed.closedAt()));
            error.setText(text);
            MainLayout.announce(this, text);
          } catch (TownHallException refused) {
            box.setValue(e.getOldValue());
            String text = getTranslation(refused.messageKey(), refused.arguments());
            error.setText(text);
            MainLayout.announce(this, text);
          }
        });
    row.add(box);
    day.menuIfAny()
        .ifPresentOrElse(
            menu -> {
              Paragraph p =
                  new Paragraph(getTranslation("townhall.parent.menu", MenuBlock.summary(menu)));
              p.addClassName("th-menu-line");
              row.add(p);
              row.add(MenuBlock.of(this, menu, false));
            },
            () -> row.add(new Paragraph(getTranslation("townhall.parent.noMenu"))));
    OutingOffer outing = day.outing();
    if (outing != null) {
      row.add(
          outingOffer(
              this,
              formats,
              canteen,
              week.childId(),
              week.firstName(),
              day,
              () -> {
                show();
                findBox(week.childId(), day.day());
              }));
    }
    return row;
  }

  /**
   * The outing of the day: said, and, while the child still eats that day, a button to cancel the
   * meal; once cancelled, said too.
   */
  static Div outingOffer(
      Div in,
      Formats formats,
      CanteenService canteen,
      long childId,
      String firstName,
      MealDay day,
      Runnable after) {
    OutingOffer outing = day.outing();
    Div box = new Div();
    box.addClassName("th-outing");
    if (outing == null) {
      return box;
    }
    box.add(
        new Paragraph(
            in.getTranslation(
                "townhall.outing.line", outing.title(), Days.lower(formats, outing.day()))));
    if (outing.cancelled()) {
      box.add(new Paragraph(in.getTranslation("townhall.outing.cancelled", firstName)));
    } else if (day.registered()) {
      Button cancel =
          new Button(
              in.getTranslation(
                  "townhall.outing.cancel", firstName, Days.lower(formats, outing.day())));
      cancel.addClassName("th-outing-cancel");
      cancel.setId("outing-cancel-" + childId + "-" + outing.day());
      cancel.addClickListener(
          e -> {
            canteen.cancelForOuting(childId, outing.day());
            String text =
                in.getTranslation(
                    "townhall.outing.done", firstName, Days.lower(formats, outing.day()));
            after.run();
            MainLayout.announce(in, text);
          });
      box.add(cancel);
    }
    return box;
  }

  /** After the page is drawn again, the focus goes back to the day's checkbox. */
  private void findBox(long childId, LocalDate day) {
    String id = "meal-" + childId + "-" + day;
    children
        .getChildren()
        .flatMap(c -> c.getChildren())
        .flatMap(c -> c.getChildren())
        .flatMap(c -> c.getChildren())
        .filter(c -> c instanceof Checkbox && id.equals(c.getId().orElse("")))
        .map(Checkbox.class::cast)
        .findFirst()
        .ifPresent(Checkbox::focus);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "townhall.parent.title");
  }
}
