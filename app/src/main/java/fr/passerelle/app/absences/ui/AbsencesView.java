package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceException;
import fr.passerelle.app.absences.AbsenceNotice;
import fr.passerelle.app.absences.AbsenceNoticeDraft;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.DayPart;
import fr.passerelle.app.absences.Reason;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Absences. A parent, for each child: the absences to justify (each with its reason and a comment),
 * a form to report one in advance, and everything already sent. A director: the school's absences
 * no parent has justified, the latest first, a page at a time.
 */
@Route(value = AbsenceService.ROUTE, layout = MainLayout.class)
@RolesAllowed({"PARENT", "DIRECTOR"})
@Menu(title = "absences.nav", order = 26)
@StyleSheet("styles/absences.css")
class AbsencesView extends Div implements HasDynamicTitle {

  static final int PAGE = 30;

  private final AbsenceService absences;
  private final boolean parent;

  AbsencesView(AbsenceService absences, CurrentUser currentUser) {
    this.absences = absences;
    addClassNames("home", "absences-view");
    Caller caller = currentUser.require();
    parent = caller.has(Role.PARENT);
    add(new H1(getTranslation(parent ? "absences.parent.heading" : "absences.school.heading")));
    if (parent) {
      List<PersonName> children = absences.myChildren();
      if (children.isEmpty()) {
        add(new Paragraph(getTranslation("absences.parent.noChild")));
      }
      children.forEach(c -> add(new ChildAbsences(c)));
    }
    if (caller.has(Role.DIRECTOR)) {
      Long school = absences.mySchool();
      if (school != null) {
        add(new SchoolAbsences(school));
      }
    }
  }

  /** One child's card: to justify, report in advance, what was sent. */
  private final class ChildAbsences extends Section {

    private final PersonName child;
    private final Div toJustify = new Div();
    private final UnorderedList sent = new UnorderedList();

    ChildAbsences(PersonName child) {
      this.child = child;
      addClassNames("card", "absences-child");
      setId("absences-child-" + child.id());
      add(new H2(child.full()));
      toJustify.setId("absences-to-justify-" + child.id());
      toJustify.addClassName("absences-to-justify");
      add(new H3(getTranslation("absences.toJustify.heading")), toJustify);
      add(reportForm());
      sent.setId("absences-sent-" + child.id());
      add(new H3(getTranslation("absences.sent.heading")), sent);
      refresh();
    }

    private void refresh() {
      toJustify.removeAll();
      List<Absence> list = absences.toJustify(child.id());
      if (list.isEmpty()) {
        toJustify.add(new Paragraph(getTranslation("absences.toJustify.none")));
      }
      list.forEach(a -> toJustify.add(justifyForm(a)));
      sent.removeAll();
      List<AbsenceNotice> notices = absences.notices(child.id());
      if (notices.isEmpty()) {
        sent.add(new ListItem(getTranslation("absences.sent.none")));
      }
      for (AbsenceNotice n : notices) {
        ListItem item = new ListItem(new Paragraph(AbsenceTexts.notice(this, n)));
        if (n.comment() != null) {
          item.add(new Paragraph(getTranslation("absences.sent.comment", n.comment())));
        }
        sent.add(item);
      }
    }

    private Div justifyForm(Absence a) {
      String when = AbsenceTexts.absence(this, a);
      Div form = new Div();
      form.addClassNames("absence-justify");
      form.setId(
          "absence-" + child.id() + "-" + a.day() + "-" + a.half().name().toLowerCase(Locale.ROOT));
      Paragraph what = new Paragraph(getTranslation("absences.toJustify.item", when));
      what.addClassName("absence-when");
      RadioButtonGroup<Reason> reason = reasons(getTranslation("absences.form.reasonFor", when));
      TextArea comment = comment();
      Paragraph error = error();
      Button send = new Button(getTranslation("absences.toJustify.send", when));
      send.addClassName("absence-justify-send");
      send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      send.addClickListener(
          e -> {
            if (reason.getValue() == null) {
              say(error, getTranslation("absences.error.reason"));
              return;
            }
            try {
              absences.justify(
                  child.id(), a.day(), a.half(), reason.getValue(), comment.getValue());
            } catch (AbsenceException ex) {
              say(error, getTranslation(ex.messageKey(), ex.arguments()));
              return;
            }
            refresh();
            MainLayout.announce(this, getTranslation("absences.toJustify.done", when));
          });
      form.add(what, reason, comment, error, send);
      return form;
    }

    private Div reportForm() {
      Div form = new Div();
      form.addClassNames("absence-report");
      form.setId("absences-report-" + child.id());
      DatePicker from = new DatePicker(getTranslation("absences.form.from"));
      DatePicker to = new DatePicker(getTranslation("absences.form.to"));
      from.setLocale(getLocale());
      to.setLocale(getLocale());
      from.setMin(absences.today());
      to.setMin(absences.today());
      from.addValueChangeListener(
          e -> {
            if (e.getValue() != null
                && (to.getValue() == null || to.getValue().isBefore(e.getValue()))) {
              to.setValue(e.getValue());
            }
          });
      RadioButtonGroup<DayPart> part = new RadioButtonGroup<>(getTranslation("absences.form.part"));
      part.setItems(DayPart.values());
      part.setItemLabelGenerator(p -> getTranslation("absences.part." + p.name()));
      part.setValue(DayPart.DAY);
      RadioButtonGroup<Reason> reason = reasons(getTranslation("absences.form.reason"));
      TextArea comment = comment();
      Paragraph error = error();
      Button send = new Button(getTranslation("absences.report.send", child.firstName()));
      send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      send.addClickListener(
          e -> {
            if (from.getValue() == null || to.getValue() == null || part.getValue() == null) {
              say(error, getTranslation("absences.error.dates"));
              return;
            }
            if (reason.getValue() == null) {
              say(error, getTranslation("absences.error.reason"));
              return;
            }
            try {
              absences.report(
                  new AbsenceNoticeDraft(
                      child.id(),
                      from.getValue(),
                      to.getValue(),
                      part.getValue(),
                      reason.getValue(),
                      comment.getValue()));
            } catch (AbsenceException ex) {
              say(error, getTranslation(ex.messageKey(), ex.arguments()));
              return;
            }
            from.clear();
            to.clear();
            reason.clear();
            comment.clear();
            error.setText("");
            refresh();
            MainLayout.announce(this, getTranslation("absences.report.done", child.firstName()));
          });
      form.add(
          new H3(getTranslation("absences.report.heading")),
          from,
          to,
          part,
          reason,
          comment,
          error,
          send);
      return form;
    }
  }

  /** The school's unjustified absences, a page at a time. */
  private final class SchoolAbsences extends Section {

    private final long school;
    private final Paragraph count = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private int shown = PAGE;

    SchoolAbsences(long school) {
      this.school = school;
      addClassNames("card", "absences-school");
      setId("absences-school");
      if (parent) {
        add(new H2(getTranslation("absences.school.heading")));
      }
      count.setId("absences-school-count");
      list.setId("absences-school-list");
      more.setText(getTranslation("absences.school.more"));
      more.addClickListener(
          e -> {
            shown += PAGE;
            refresh();
          });
      add(count, list, more);
      refresh();
    }

    private void refresh() {
      long total = absences.countUnjustified(school);
      count.setText(getTranslation("absences.school.count", total));
      list.removeAll();
      for (Absence a : absences.unjustified(school, 0, shown)) {
        list.add(
            new ListItem(
                getTranslation(
                    "absences.school.item",
                    a.pupil().full(),
                    a.className(),
                    AbsenceTexts.absence(this, a),
                    a.daysSince())));
      }
      more.setVisible(total > shown);
    }
  }

  private RadioButtonGroup<Reason> reasons(String label) {
    RadioButtonGroup<Reason> reason = new RadioButtonGroup<>(label);
    reason.setItems(Reason.values());
    reason.setItemLabelGenerator(r -> getTranslation("absences.reason." + r.name()));
    reason.setRequiredIndicatorVisible(true);
    return reason;
  }

  private TextArea comment() {
    TextArea comment = new TextArea(getTranslation("absences.form.comment"));
    comment.setMaxLength(AbsenceService.MAX_COMMENT);
    comment.setWidthFull();
    return comment;
  }

  private static Paragraph error() {
    Paragraph error = new Paragraph();
    error.addClassName("form-error");
    return error;
  }

  private void say(Paragraph error, String message) {
    error.setText(message);
    MainLayout.announce(this, message);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "absences.title");
  }
}
