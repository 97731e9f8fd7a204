package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passerelle.app.absences.Absence;
import fr.passerelle.app.absences.AbsenceException;
import fr.passerelle.app.absences.AbsenceNotice;
import fr.passerelle.app.absences.AbsenceNoticeDraft;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.AbsenceSignals;
import fr.passerelle.app.absences.DayPart;
import fr.passerelle.app.absences.Reason;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.platform.LiveSignals;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One child's card on the parent's absences page: the absences to justify (each with its reason and
 * a comment), a form to report one in advance, and everything already sent. A roll call, or the
 * other parent's justification, on any node updates it without a reload (live channel): a new
 * absence gets its form, a justified one loses it, and what is being typed elsewhere stays.
 */
final class ChildAbsences extends Section {

  private final AbsenceService absences;
  private final SchoolTime time;
  private final PersonName child;
  private final Div toJustify = new Div();
  private final Paragraph none = new Paragraph();
  private final Map<String, Div> forms = new LinkedHashMap<>();
  private final UnorderedList sent = new UnorderedList();

  ChildAbsences(AbsenceService absences, SchoolTime time, LiveSignals live, PersonName child) {
    this.absences = absences;
    this.time = time;
    this.child = child;
    addClassNames("card", "absences-child");
    setId("absences-child-" + child.id());
    add(new H2(child.full()));
    toJustify.setId("absences-to-justify-" + child.id());
    toJustify.addClassName("absences-to-justify");
    none.setText(getTranslation("absences.toJustify.none"));
    toJustify.add(none);
    add(new H3(getTranslation("absences.toJustify.heading")), toJustify);
    add(reportForm());
    sent.setId("absences-sent-" + child.id());
    add(new H3(getTranslation("absences.sent.heading")), sent);
    refresh();
    live.subscribe(this, AbsenceSignals.pupilTopic(child.id()), signal -> refresh());
  }

  private static String key(Absence a) {
    return a.day() + "-" + a.half().name().toLowerCase(Locale.ROOT);
  }

  /** Reads again what is to justify and what was sent; the forms still to fill stay as they are. */
  private void refresh() {
    List<Absence> list = absences.toJustify(child.id());
    Set<String> pending = list.stream().map(ChildAbsences::key).collect(Collectors.toSet());
    forms
        .entrySet()
        .removeIf(
            e -> {
              if (pending.contains(e.getKey())) {
                return false;
              }
              toJustify.remove(e.getValue());
              return true;
            });
    for (int i = 0; i < list.size(); i++) {
      Absence a = list.get(i);
      if (!forms.containsKey(key(a))) {
        Div form = justifyForm(a);
        forms.put(key(a), form);
        toJustify.addComponentAtIndex(i + 1, form);
      }
    }
    none.setVisible(list.isEmpty());
    sent.removeAll();
    List<AbsenceNotice> notices = absences.notices(child.id());
    if (notices.isEmpty()) {
      sent.add(new ListItem(getTranslation("absences.sent.none")));
    }
    for (AbsenceNotice n : notices) {
      ListItem item = new ListItem(new Paragraph(AbsenceTexts.notice(time, this, n)));
      if (n.comment() != null) {
        item.add(new Paragraph(getTranslation("absences.sent.comment", n.comment())));
      }
      sent.add(item);
    }
  }

  private Div justifyForm(Absence a) {
    String when = AbsenceTexts.absence(time, this, a);
    Div form = new Div();
    form.addClassNames("absence-justify");
    form.setId("absence-" + child.id() + "-" + key(a));
    Paragraph what = new Paragraph(getTranslation("absences.toJustify.item", when));
    what.addClassName("absence-when");
    RadioButtonGroup<Reason> reason =
        AbsenceForms.reasons(this, getTranslation("absences.form.reasonFor", when));
    TextArea comment = AbsenceForms.comment(this);
    Paragraph error = AbsenceForms.error();
    Button send = new Button(getTranslation("absences.toJustify.send", when));
    send.addClassName("absence-justify-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          if (reason.getValue() == null) {
            AbsenceForms.say(this, error, getTranslation("absences.error.reason"));
            return;
          }
          try {
            absences.justify(child.id(), a.day(), a.half(), reason.getValue(), comment.getValue());
          } catch (AbsenceException ex) {
            AbsenceForms.say(this, error, getTranslation(ex.messageKey(), ex.arguments()));
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
    from.setMin(time.today());
    to.setMin(time.today());
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
    RadioButtonGroup<Reason> reason =
        AbsenceForms.reasons(this, getTranslation("absences.form.reason"));
    TextArea comment = AbsenceForms.comment(this);
    Paragraph error = AbsenceForms.error();
    Button send = new Button(getTranslation("absences.report.send", child.firstName()));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          if (from.getValue() == null || to.getValue() == null || part.getValue() == null) {
            AbsenceForms.say(this, error, getTranslation("absences.error.dates"));
            return;
          }
          if (reason.getValue() == null) {
            AbsenceForms.say(this, error, getTranslation("absences.error.reason"));
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
            AbsenceForms.say(this, error, getTranslation(ex.messageKey(), ex.arguments()));
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
