package fr.passerelle.app.outings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.outings.Outing;
import fr.passerelle.app.outings.OutingAnswers;
import fr.passerelle.app.outings.OutingDraft;
import fr.passerelle.app.outings.OutingException;
import fr.passerelle.app.outings.OutingService;
import fr.passerelle.app.outings.PupilAnswer;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A teacher's or the director's outings: announce one (title, day, times, place, cost, the
 * authorisation text, the classes, the answer date), then each announced outing with its counts
 * and, pupil by pupil, who answered what and when. A list, not a table: it reads at 320 px.
 */
@Route(value = OutingsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@Menu(title = "outings.nav", order = 28)
@StyleSheet("styles/outings.css")
class OutingsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "sorties";

  private final OutingService outings;
  private final SchoolTime time;
  private final TextField title = new TextField();
  private final DatePicker date = new DatePicker();
  private final TimePicker departs = new TimePicker();
  private final TimePicker returns = new TimePicker();
  private final TextField place = new TextField();
  private final BigDecimalField cost = new BigDecimalField();
  private final TextArea formText = new TextArea();
  private final CheckboxGroup<ClassSummary> classes = new CheckboxGroup<>();
  private final DatePicker answerBy = new DatePicker();
  private final Paragraph error = new Paragraph();
  private final Div list = new Div();

  OutingsView(OutingService outings, SchoolTime time) {
    this.outings = outings;
    this.time = time;
    addClassNames("home", "outings-view");
    add(new H1(getTranslation("outings.staff.heading")));
    List<ClassSummary> mine = outings.myClasses();
    if (mine.isEmpty()) {
      add(new Paragraph(getTranslation("outings.staff.noClass")));
      return;
    }
    add(form(mine), answers());
    clearForm();
    refresh();
  }

  private Section form(List<ClassSummary> mine) {
    Section section = new Section(new H2(getTranslation("outings.form.heading")));
    section.addClassName("card");
    section.setId("outing-form");
    title.setLabel(getTranslation("outings.form.title"));
    title.setMaxLength(OutingService.MAX_TITLE);
    title.setId("outing-title");
    date.setLabel(getTranslation("outings.form.date"));
    date.setLocale(getLocale());
    date.setId("outing-date");
    departs.setLabel(getTranslation("outings.form.departs"));
    departs.setLocale(getLocale());
    departs.setId("outing-departs");
    returns.setLabel(getTranslation("outings.form.returns"));
    returns.setLocale(getLocale());
    returns.setId("outing-returns");
    place.setLabel(getTranslation("outings.form.place"));
    place.setMaxLength(OutingService.MAX_PLACE);
    place.setId("outing-place");
    cost.setLabel(getTranslation("outings.form.cost"));
    cost.setHelperText(getTranslation("outings.form.costHelp"));
    cost.setId("outing-cost");
    formText.setLabel(getTranslation("outings.form.formText"));
    formText.setHelperText(getTranslation("outings.form.formHelp"));
    formText.setMaxLength(OutingService.MAX_FORM);
    formText.setId("outing-form-text");
    classes.setLabel(getTranslation("outings.form.classes"));
    classes.setItems(mine);
    classes.setItemLabelGenerator(ClassSummary::name);
    classes.setId("outing-classes");
    answerBy.setLabel(getTranslation("outings.form.answerBy"));
    answerBy.setLocale(getLocale());
    answerBy.setId("outing-answer-by");
    error.setId("outing-error");
    error.addClassName("form-error");
    Button save = new Button(getTranslation("outings.form.save"), e -> save());
    save.setId("outing-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div fields = new Div(title, date, departs, returns, place, cost, formText, classes, answerBy);
    fields.addClassName("outing-fields");
    section.add(fields, error, save);
    return section;
  }

  private void save() {
    error.setText("");
    if (date.getValue() == null
        || departs.getValue() == null
        || returns.getValue() == null
        || cost.getValue() == null
        || answerBy.getValue() == null) {
      say(getTranslation("outings.error.missing"));
      return;
    }
    Set<Long> chosen =
        classes.getValue().stream().map(ClassSummary::id).collect(Collectors.toSet());
    Outing saved;
    try {
      saved =
          outings.announce(
              new OutingDraft(
                  title.getValue(),
                  date.getValue(),
                  departs.getValue(),
                  returns.getValue(),
                  place.getValue(),
                  cost.getValue(),
                  formText.getValue(),
                  chosen,
                  answerBy.getValue()));
    } catch (OutingException e) {
      say(OutingTexts.message(time, this, e));
      return;
    }
    clearForm();
    refresh();
    MainLayout.announce(this, getTranslation("outings.form.saved", saved.title()));
  }

  private void clearForm() {
    title.clear();
    date.setValue(time.today().plusDays(14));
    departs.setValue(LocalTime.of(9, 0));
    returns.setValue(LocalTime.of(16, 30));
    place.clear();
    cost.setValue(BigDecimal.ZERO);
    formText.setValue(getTranslation("outings.form.defaultText"));
    List<ClassSummary> items = classes.getListDataView().getItems().toList();
    classes.setValue(items.size() == 1 ? Set.of(items.getFirst()) : Set.of());
    answerBy.setValue(time.today().plusDays(7));
    error.setText("");
  }

  private Section answers() {
    Section section = new Section(new H2(getTranslation("outings.list.heading")));
    section.addClassName("outing-list");
    list.setId("outings-list");
    section.add(list);
    return section;
  }

  private void refresh() {
    list.removeAll();
    List<Outing> all = outings.ofMyClasses();
    if (all.isEmpty()) {
      list.add(new Paragraph(getTranslation("outings.list.none")));
    }
    all.forEach(o -> list.add(card(outings.answers(o.id()))));
  }

  private Article card(OutingAnswers answers) {
    Outing o = answers.outing();
    Article card = new Article();
    card.addClassNames("card", "outing-card");
    card.setId("outing-" + o.id());
    card.add(new H3(o.title()));
    card.add(new Paragraph(OutingTexts.when(time, this, o)));
    card.add(new Paragraph(getTranslation("outings.place", o.place())));
    card.add(new Paragraph(OutingTexts.cost(time, this, o)));
    card.add(
        new Paragraph(getTranslation("outings.list.classes", String.join(", ", o.classNames()))));
    card.add(
        new Paragraph(
            getTranslation("outings.list.answerBy", OutingTexts.day(time, this, o.answerBy()))));
    Paragraph counts =
        new Paragraph(
            getTranslation(
                "outings.list.counts", answers.authorised(), answers.refused(), answers.missing()));
    counts.addClassName("outing-counts");
    card.add(counts);
    UnorderedList pupils = new UnorderedList();
    pupils.addClassName("outing-answers");
    for (PupilAnswer p : answers.pupils()) {
      ListItem item =
          new ListItem(
              getTranslation(
                  "outings.list.pupil",
                  p.pupil().full(),
                  p.className(),
                  OutingTexts.state(this, p.answer())));
      item.setId("outing-" + o.id() + "-pupil-" + p.pupil().id());
      item.getElement().setAttribute("data-state", state(p));
      if (p.answer() != null) {
        Paragraph by =
            new Paragraph(
                getTranslation(
                    "outings.list.by",
                    p.answer().parentName(),
                    OutingTexts.moment(time, this, p.answer())));
        by.addClassName("outing-by");
        item.add(by);
      }
      pupils.add(item);
    }
    Details details = new Details(getTranslation("outings.list.details", o.title()), pupils);
    details.addClassName("outing-details");
    card.add(details);
    return card;
  }

  private static String state(PupilAnswer p) {
    if (p.answer() == null) {
      return "none";
    }
    return p.answer().authorised() ? "authorised" : "refused";
  }

  private void say(String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "outings.staff.title");
  }
}
