package fr.passerelle.app.townhall.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.SchoolSummary;
import fr.passerelle.app.territory.TerritoryService;
import fr.passerelle.app.townhall.Activity;
import fr.passerelle.app.townhall.ActivityKind;
import fr.passerelle.app.townhall.CanteenService;
import fr.passerelle.app.townhall.CommuneLifeService;
import fr.passerelle.app.townhall.InfoPage;
import fr.passerelle.app.townhall.TownHallException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The commune's life ("Vie scolaire" on the menu): for town-hall staff, publish an information page
 * for the commune's families and add an after-school activity or the care to a school, with the
 * places taken; for parents, the commune's pages and, per child, the school's activities with a
 * checkbox to register until the last day.
 */
@Route(value = CommuneLifeView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TOWN_HALL", "PARENT"})
@Menu(title = "townhall.nav.schoolLife", order = 34)
@StyleSheet("styles/townhall.css")
class CommuneLifeView extends Div implements HasDynamicTitle {

  static final String ROUTE = "vie-scolaire";

  private final CommuneLifeService life;
  private final SchoolTime time;
  private final Formats formats;
  private final Div pagesList = new Div();
  private final Div activitiesList = new Div();

  CommuneLifeView(
      CommuneLifeService life,
      CanteenService canteen,
      TerritoryService territory,
      CurrentUser currentUser,
      SchoolTime time) {
    this.life = life;
    this.time = time;
    this.formats = time.formats(getLocale());
    addClassNames("home", "townhall", "commune-life");
    add(new H1(getTranslation("townhall.life.heading")));
    if (currentUser.require().has(Role.TOWN_HALL)) {
      long commune = canteen.myCommune();
      staffForms(commune, territory.schools(commune, 0, 200));
      staffLists(commune);
    } else {
      parentPages();
      for (PersonName child : canteen.myChildren()) {
        add(childActivities(child));
      }
    }
  }

  // ---- staff ----

  private void staffForms(long commune, List<SchoolSummary> schools) {
    Section page = new Section(new H2(getTranslation("townhall.life.newPage")));
    page.addClassName("card");
    TextField title = new TextField(getTranslation("townhall.life.pageTitle"));
    title.setId("page-title");
    title.setMaxLength(CommuneLifeService.MAX_TITLE);
    TextArea body = new TextArea(getTranslation("townhall.life.pageBody"));
    body.setId("page-body");
    body.setMaxLength(CommuneLifeService.MAX_BODY);
    Paragraph pageStatus = new Paragraph();
    pageStatus.setId("page-status");
    Button publish = new Button(getTranslation("townhall.life.publish"));
    publish.setId("page-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(
        e -> {
          try {
            life.publishPage(commune, title.getValue(), body.getValue());
            say(pageStatus, getTranslation("townhall.life.published", title.getValue().strip()));
            title.clear();
            body.clear();
            staffLists(commune);
          } catch (TownHallException ex) {
            say(pageStatus, getTranslation(ex.messageKey(), ex.arguments()));
          }
        });
    Div pageFields = new Div(title, body);
    pageFields.addClassName("th-fields");
    page.add(pageFields, publish, pageStatus);

    Section activity = new Section(new H2(getTranslation("townhall.life.newActivity")));
    activity.addClassName("card");
    Select<SchoolSummary> school = new Select<>();
    school.setLabel(getTranslation("townhall.life.school"));
    school.setItems(schools);
    school.setItemLabelGenerator(SchoolSummary::name);
    if (!schools.isEmpty()) {
      school.setValue(schools.getFirst());
    }
    RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>();
    kind.setLabel(getTranslation("townhall.life.kind"));
    kind.setItems(ActivityKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.key()));
    kind.setValue(ActivityKind.ACTIVITY);
    TextField name = new TextField(getTranslation("townhall.life.activityTitle"));
    name.setMaxLength(CommuneLifeService.MAX_TITLE);
    TextArea description = new TextArea(getTranslation("townhall.life.description"));
    description.setMaxLength(CommuneLifeService.MAX_TEXT);
    TextField schedule = new TextField(getTranslation("townhall.life.schedule"));
    schedule.setMaxLength(CommuneLifeService.MAX_SCHEDULE);
    schedule.setHelperText(getTranslation("townhall.life.scheduleHelp"));
    IntegerField places = new IntegerField(getTranslation("townhall.life.places"));
    places.setMin(1);
    places.setMax(500);
    places.setValue(12);
    DatePicker closes = new DatePicker(getTranslation("townhall.life.closesOn"));
    closes.setLocale(getLocale());
    closes.setValue(time.today().plusWeeks(2));
    Paragraph activityStatus = new Paragraph();
    activityStatus.setId("activity-status");
    Button add = new Button(getTranslation("townhall.life.addActivity"));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(
        e -> {
          try {
            if (school.getValue() == null
                || places.getValue() == null
                || closes.getValue() == null) {
              throw new TownHallException("townhall.error.missing");
            }
            life.addActivity(
                school.getValue().id(),
                kind.getValue(),
                name.getValue(),
                description.getValue(),
                schedule.getValue(),
                places.getValue(),
                closes.getValue());
            say(activityStatus, getTranslation("townhall.life.added", name.getValue().strip()));
            name.clear();
            description.clear();
            schedule.clear();
            staffLists(commune);
          } catch (TownHallException ex) {
            say(activityStatus, getTranslation(ex.messageKey(), ex.arguments()));
          }
        });
    Div fields = new Div(school, kind, name, description, schedule, places, closes);
    fields.addClassName("th-fields");
    activity.add(fields, add, activityStatus);
    add(page, activity, pagesList, activitiesList);
  }

  private void staffLists(long commune) {
    pagesList.removeAll();
    pagesList.add(new H2(getTranslation("townhall.life.pages")));
    List<InfoPage> pages = life.pages(commune);
    if (pages.isEmpty()) {
      pagesList.add(new Paragraph(getTranslation("townhall.life.noPage")));
    }
    pages.forEach(p -> pagesList.add(page(p)));
    activitiesList.removeAll();
    activitiesList.add(new H2(getTranslation("townhall.life.activities")));
    List<Activity> activities = life.activities(commune);
    if (activities.isEmpty()) {
      activitiesList.add(new Paragraph(getTranslation("townhall.life.noActivity")));
    }
    for (Activity a : activities) {
      Article card = activityCard(a);
      card.add(new Paragraph(getTranslation("townhall.life.taken", a.taken(), a.places())));
      activitiesList.add(card);
    }
  }

  // ---- parents ----

  private void parentPages() {
    Section section = new Section(new H2(getTranslation("townhall.life.pages")));
    section.setId("commune-pages");
    List<InfoPage> pages = life.myPages();
    if (pages.isEmpty()) {
      section.add(new Paragraph(getTranslation("townhall.life.noPage")));
    }
    pages.forEach(p -> section.add(page(p)));
    add(section);
  }

  private Section childActivities(PersonName child) {
    Section section =
        new Section(new H2(getTranslation("townhall.life.childActivities", child.firstName())));
    section.setId("activities-" + child.id());
    List<Activity> activities = life.childActivities(child.id());
    if (activities.isEmpty()) {
      section.add(new Paragraph(getTranslation("townhall.life.noActivity")));
    }
    for (Activity a : activities) {
      Article card = activityCard(a);
      Paragraph message = new Paragraph();
      message.addClassName("form-error");
      Checkbox box =
          new Checkbox(
              getTranslation("townhall.life.register", child.firstName(), a.title()),
              a.registered());
      box.setId("activity-" + child.id() + "-" + a.id());
      box.setHelperText(
          getTranslation(
              "townhall.life.left", a.left(), a.places(), Days.lower(formats, a.closesOn())));
      box.addValueChangeListener(
          e -> {
            if (!e.isFromClient()) {
              return;
            }
            try {
              Activity saved = life.register(child.id(), a.id(), e.getValue());
              message.setText("");
              box.setHelperText(
                  getTranslation(
                      "townhall.life.left",
                      saved.left(),
                      saved.places(),
                      Days.lower(formats, saved.closesOn())));
              MainLayout.announce(
                  this,
                  getTranslation(
                      saved.registered()
                          ? "townhall.life.registered"
                          : "townhall.life.unregistered",
                      child.firstName(),
                      a.title()));
            } catch (TownHallException ex) {
              box.setValue(e.getOldValue());
              String text =
                  "townhall.activity.closed".equals(ex.messageKey())
                      ? getTranslation(ex.messageKey(), Days.lower(formats, a.closesOn()))
                      : getTranslation(ex.messageKey(), ex.arguments());
              say(message, text);
            }
          });
      card.add(box, message);
      section.add(card);
    }
    return section;
  }

  // ---- shared ----

  private Article page(InfoPage p) {
    Article article = new Article(new H3(p.title()));
    article.addClassNames("card", "th-page");
    for (String paragraph : p.body().split("\\n\\s*\\n")) {
      article.add(new Paragraph(paragraph.strip()));
    }
    return article;
  }

  private Article activityCard(Activity a) {
    Article card = new Article(new H3(a.title()));
    card.addClassNames("card", "th-activity");
    card.add(
        new Paragraph(
            getTranslation("townhall.life.where", getTranslation(a.kind().key()), a.schoolName())),
        new Paragraph(a.schedule()),
        new Paragraph(a.description()));
    return card;
  }

  private void say(Paragraph where, String text) {
    where.setText(text);
    MainLayout.announce(this, text);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "townhall.life.title");
  }
}
