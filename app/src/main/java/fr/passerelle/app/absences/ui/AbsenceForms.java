package fr.passerelle.app.absences.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passerelle.app.absences.AbsenceService;
import fr.passerelle.app.absences.Reason;
import fr.passerelle.app.shell.MainLayout;

/** The fields the parents' forms share: the reason, the comment, and the error said in words. */
final class AbsenceForms {

  private AbsenceForms() {}

  static RadioButtonGroup<Reason> reasons(Component in, String label) {
    RadioButtonGroup<Reason> reason = new RadioButtonGroup<>(label);
    reason.setItems(Reason.values());
    reason.setItemLabelGenerator(r -> in.getTranslation("absences.reason." + r.name()));
    reason.setRequiredIndicatorVisible(true);
    return reason;
  }

  static TextArea comment(Component in) {
    TextArea comment = new TextArea(in.getTranslation("absences.form.comment"));
    comment.setMaxLength(AbsenceService.MAX_COMMENT);
    comment.setWidthFull();
    return comment;
  }

  static Paragraph error() {
    Paragraph error = new Paragraph();
    error.addClassName("form-error");
    return error;
  }

  static void say(Component in, Paragraph error, String message) {
    error.setText(message);
    MainLayout.announce(in, message);
  }
}
