package fr.passerelle.app.reading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.reading.ClassText;
import fr.passerelle.app.reading.EasyReadException;
import fr.passerelle.app.reading.EasyReadService;
import fr.passerelle.app.reading.EasyReadStatus;
import fr.passerelle.app.reading.EasyReadVersion;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Easy-to-read versions for teachers and directors: write one for a class's text and send it for
 * review, review what colleagues of the school submitted (validate, or send back with a comment),
 * and follow one's own versions.
 */
@Route(value = "lecture-facile", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "DIRECTOR"})
@Menu(title = "reading.nav", order = 15)
class EasyReadView extends Div implements HasDynamicTitle {

  /** How many versions each list shows (the newest); more are counted, not listed. */
  static final int PAGE = 20;

  private final EasyReadService easyRead;
  private final Map<Long, ClassSummary> classes;
  private final Section write = new Section();
  private final Section review = new Section();
  private final Section mine = new Section();

  EasyReadView(EasyReadService easyRead, ClassService classService, CurrentUser currentUser) {
    this.easyRead = easyRead;
    Caller caller = currentUser.require();
    List<ClassSummary> list =
        caller.has(Role.DIRECTOR) && caller.schoolId() != null
            ? classService.ofSchool(caller.schoolId())
            : classService.myClasses();
    classes =
        list.stream()
            .collect(
                Collectors.toMap(
                    ClassSummary::id,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    addClassName("easy-read-view");
    add(new H1(getTranslation("reading.view.heading")));
    add(new Paragraph(getTranslation("reading.view.intro")));
    for (Section s : List.of(review, write, mine)) {
      s.addClassName("card");
    }
    add(review, write, mine);
    fillWrite();
    fillReview();
    fillMine();
  }

  private void fillWrite() {
    write.removeAll();
    write.add(new H2(getTranslation("reading.write.heading")));
    if (classes.isEmpty()) {
      write.add(new Paragraph(getTranslation("reading.write.noClass")));
      return;
    }
    RadioButtonGroup<ClassSummary> pick =
        new RadioButtonGroup<>(getTranslation("reading.write.class"));
    pick.setItems(classes.values());
    pick.setItemLabelGenerator(c -> c.name() + " – " + c.schoolName());
    Div original = new Div();
    original.addClassName("easy-read-original");
    TextArea text = new TextArea(getTranslation("reading.write.text"));
    text.setMaxLength(EasyReadService.MAX_TEXT);
    text.setHelperText(getTranslation("reading.write.help", EasyReadService.MAX_TEXT));
    text.setWidthFull();
    Button save = new Button(getTranslation("reading.write.save"));
    Button send = new Button(getTranslation("reading.write.send"));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    pick.addValueChangeListener(
        e -> {
          original.removeAll();
          if (e.getValue() != null) {
            original.add(
                new H3(getTranslation("reading.write.original")),
                new SyllableText(ClassText.original(this, e.getValue())));
          }
        });
    pick.setValue(classes.values().iterator().next());
    save.addClickListener(e -> create(pick.getValue(), text, false));
    send.addClickListener(e -> create(pick.getValue(), text, true));
    Div buttons = new Div(save, send);
    buttons.addClassName("button-row");
    write.add(pick, original, text, buttons);
  }

  private void create(ClassSummary target, TextArea text, boolean submit) {
    try {
      EasyReadVersion version = easyRead.draft(ClassText.owner(target.id()), text.getValue());
      if (submit) {
        easyRead.submit(version.id());
      }
      text.clear();
      text.setInvalid(false);
      fillMine();
      MainLayout.announce(
          this, getTranslation(submit ? "reading.write.sent" : "reading.write.saved"));
    } catch (EasyReadException ex) {
      text.setErrorMessage(getTranslation(ex.messageKey()));
      text.setInvalid(true);
      text.focus();
      MainLayout.announce(this, getTranslation(ex.messageKey()));
    }
  }

  private void fillReview() {
    review.removeAll();
    long count = easyRead.countToReview();
    review.add(new H2(getTranslation("reading.review.heading", count)));
    List<EasyReadVersion> waiting = easyRead.toReview(0, PAGE);
    if (waiting.isEmpty()) {
      review.add(new Paragraph(getTranslation("reading.review.none")));
      return;
    }
    for (EasyReadVersion v : waiting) {
      review.add(reviewItem(v));
    }
  }

  private Div reviewItem(EasyReadVersion v) {
    Div item = new Div();
    item.addClassName("easy-read-review");
    item.add(new H3(getTranslation("reading.review.item", ownerLabel(v), v.authorName())));
    ClassSummary summary = classes.get(v.owner().classId());
    if (ClassText.KIND.equals(v.owner().kind()) && summary != null) {
      Div original = new Div(new SyllableText(ClassText.original(this, summary)));
      original.addClassName("easy-read-original");
      item.add(new Paragraph(getTranslation("reading.write.original")), original);
    }
    Div easy = new Div(new SyllableText(v.text()));
    easy.addClassName("easy-read-text");
    item.add(new Paragraph(getTranslation("reading.review.easy")), easy);
    TextArea comment = new TextArea(getTranslation("reading.review.comment"));
    comment.setMaxLength(EasyReadService.MAX_COMMENT);
    comment.setWidthFull();
    Button validate = new Button(getTranslation("reading.review.validate"));
    validate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button reject = new Button(getTranslation("reading.review.reject"));
    validate.addClickListener(e -> decide(v, comment, true));
    reject.addClickListener(e -> decide(v, comment, false));
    Div buttons = new Div(validate, reject);
    buttons.addClassName("button-row");
    item.add(comment, buttons);
    return item;
  }

  private void decide(EasyReadVersion v, TextArea comment, boolean validate) {
    try {
      if (validate) {
        easyRead.validate(v.id(), comment.getValue());
      } else {
        easyRead.reject(v.id(), comment.getValue());
      }
      fillReview();
      MainLayout.announce(
          this, getTranslation(validate ? "reading.review.validated" : "reading.review.rejected"));
    } catch (EasyReadException ex) {
      comment.setErrorMessage(getTranslation(ex.messageKey()));
      comment.setInvalid(true);
      comment.focus();
      MainLayout.announce(this, getTranslation(ex.messageKey()));
    }
  }

  private void fillMine() {
    mine.removeAll();
    mine.add(new H2(getTranslation("reading.mine.heading", easyRead.countMine())));
    List<EasyReadVersion> versions = easyRead.mine(0, PAGE);
    if (versions.isEmpty()) {
      mine.add(new Paragraph(getTranslation("reading.mine.none")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (EasyReadVersion v : versions) {
      ListItem item = new ListItem();
      item.add(
          new Paragraph(
              getTranslation(
                  "reading.mine.item",
                  ownerLabel(v),
                  getTranslation("reading.status." + v.status().name()))));
      item.add(new Paragraph(v.text()));
      if (v.reviewComment() != null) {
        item.add(
            new Paragraph(
                getTranslation(
                    "reading.mine.comment",
                    v.reviewerName() == null ? "" : v.reviewerName(),
                    v.reviewComment())));
      }
      if (v.status() == EasyReadStatus.DRAFT || v.status() == EasyReadStatus.REJECTED) {
        Button send = new Button(getTranslation("reading.write.send"));
        send.addClickListener(
            e -> {
              easyRead.submit(v.id());
              fillMine();
              MainLayout.announce(this, getTranslation("reading.write.sent"));
            });
        item.add(send);
      }
      list.add(item);
    }
    mine.add(list);
  }

  private String ownerLabel(EasyReadVersion v) {
    ClassSummary summary = classes.get(v.owner().classId());
    String className = summary == null ? "" : summary.name();
    return ClassText.KIND.equals(v.owner().kind())
        ? getTranslation("reading.owner.class", className)
        : getTranslation("reading.owner.other", v.owner().kind(), v.owner().id(), className);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "reading.view.title");
  }
}
