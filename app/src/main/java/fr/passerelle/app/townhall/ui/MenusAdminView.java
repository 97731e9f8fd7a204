package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.townhall.Allergen;
import fr.passerelle.app.townhall.CanteenDays;
import fr.passerelle.app.townhall.CanteenService;
import fr.passerelle.app.townhall.Course;
import fr.passerelle.app.townhall.Dish;
import fr.passerelle.app.townhall.TownHallException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Town-hall staff write the menu of a canteen day for their commune's schools: a dish at a time
 * (course, name, vegetarian or not, its allergens among the 14), then publish. Choosing a day loads
 * its published menu, to correct it.
 */
@Route(value = MenusAdminView.ROUTE, layout = MainLayout.class)
@RolesAllowed("TOWN_HALL")
@Menu(title = "townhall.nav.menus", order = 30)
@StyleSheet("styles/townhall.css")
class MenusAdminView extends Div implements HasDynamicTitle {

  static final String ROUTE = "mairie/menus";
  static final int WEEKS = 4;

  private final CanteenService canteen;
  private final Formats formats;
  private final long commune;
  private final Select<LocalDate> day = new Select<>();
  private final RadioButtonGroup<Course> course = new RadioButtonGroup<>();
  private final TextField name = new TextField();
  private final Checkbox vegetarian = new Checkbox();
  private final CheckboxGroup<Allergen> allergens = new CheckboxGroup<>();
  private final UnorderedList dishesList = new UnorderedList();
  private final Paragraph error = new Paragraph();
  private final Paragraph status = new Paragraph();
  private final List<Dish> dishes = new ArrayList<>();

  MenusAdminView(CanteenService canteen, SchoolTime time) {
    this.canteen = canteen;
    this.formats = time.formats(getLocale());
    this.commune = canteen.myCommune();
    addClassNames("home", "townhall");
    add(new H1(getTranslation("townhall.menus.heading")));
    add(new Paragraph(getTranslation("townhall.menus.intro")));

    LocalDate monday = CanteenDays.monday(time.today());
    List<LocalDate> days = new ArrayList<>();
    for (int w = 0; w < WEEKS; w++) {
      days.addAll(CanteenDays.ofWeek(monday.plusWeeks(w)));
    }
    day.setLabel(getTranslation("townhall.menus.day"));
    day.setId("menu-day");
    day.setItems(days);
    day.setItemLabelGenerator(d -> Days.day(formats, d));
    day.setValue(CanteenDays.next(time.today()));
    day.addValueChangeListener(e -> load());
    add(day);

    Section current = new Section(new H2(getTranslation("townhall.menus.dishes")));
    current.addClassName("card");
    dishesList.setId("menu-dishes");
    dishesList.addClassName("th-menu");
    current.add(dishesList);
    Button publish = new Button(getTranslation("townhall.menus.publish"));
    publish.setId("menu-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(e -> publish());
    error.setId("menu-error");
    error.addClassName("form-error");
    status.setId("menu-status");
    current.add(error, status, publish);

    Section form = new Section(new H2(getTranslation("townhall.menus.add")));
    form.addClassName("card");
    form.setId("dish-form");
    course.setLabel(getTranslation("townhall.menus.course"));
    course.setItems(Course.values());
    course.setItemLabelGenerator(c -> getTranslation(c.key()));
    course.setValue(Course.STARTER);
    course.setId("dish-course");
    name.setLabel(getTranslation("townhall.menus.name"));
    name.setMaxLength(CanteenService.MAX_NAME);
    name.setId("dish-name");
    vegetarian.setLabel(getTranslation("townhall.menus.vegetarian"));
    vegetarian.setId("dish-vegetarian");
    allergens.setLabel(getTranslation("townhall.menus.allergens"));
    allergens.setItems(Allergen.values());
    allergens.setItemLabelGenerator(a -> getTranslation(a.key()));
    allergens.setId("dish-allergens");
    allergens.addClassName("th-allergen-boxes");
    Button add = new Button(getTranslation("townhall.menus.addButton"));
    add.setId("dish-add");
    add.addClickListener(e -> addDish());
    Div fields = new Div(course, name, vegetarian, allergens, add);
    fields.addClassName("th-fields");
    form.add(fields);
    add(current, form);
    load();
  }

  private void load() {
    dishes.clear();
    error.setText("");
    status.setText("");
    LocalDate d = day.getValue();
    if (d != null) {
      var menu = canteen.menus(commune, d, d).get(d);
      if (menu != null) {
        dishes.addAll(menu.dishes());
      }
    }
    showDishes();
  }

  private void addDish() {
    String text = name.getValue().strip();
    if (text.isEmpty()) {
      say(getTranslation("townhall.error.dishName"));
      name.focus();
      return;
    }
    Dish dish =
        new Dish(
            course.getValue() == null ? Course.MAIN : course.getValue(),
            text,
            allergens.getValue().isEmpty()
                ? EnumSet.noneOf(Allergen.class)
                : EnumSet.copyOf(allergens.getValue()),
            vegetarian.getValue());
    dishes.add(dish);
    name.clear();
    vegetarian.clear();
    allergens.clear();
    error.setText("");
    showDishes();
    MainLayout.announce(this, getTranslation("townhall.menus.added", text));
  }

  private void showDishes() {
    dishesList.removeAll();
    if (dishes.isEmpty()) {
      dishesList.add(new ListItem(getTranslation("townhall.menus.none")));
    }
    for (Dish dish : List.copyOf(dishes)) {
      ListItem item = MenuBlock.item(this, dish);
      Button remove = new Button(getTranslation("townhall.menus.remove", dish.name()));
      remove.addClassName("th-remove");
      remove.addClickListener(
          e -> {
            dishes.remove(dish);
            showDishes();
            MainLayout.announce(this, getTranslation("townhall.menus.removed", dish.name()));
            name.focus();
          });
      item.add(remove);
      dishesList.add(item);
    }
  }

  private void publish() {
    LocalDate d = day.getValue();
    if (d == null) {
      return;
    }
    try {
      canteen.publishMenu(commune, d, dishes);
    } catch (TownHallException e) {
      say(getTranslation(e.messageKey(), e.arguments()));
      return;
    }
    load();
    String done = getTranslation("townhall.menus.published", Days.lower(formats, d));
    status.setText(done);
    MainLayout.announce(this, done);
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "townhall.menus.title");
  }
}
