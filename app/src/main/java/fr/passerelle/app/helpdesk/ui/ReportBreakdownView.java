package fr.passerelle.app.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.helpdesk.HelpdeskException;
import fr.passerelle.app.helpdesk.HelpdeskService;
import fr.passerelle.app.helpdesk.Priority;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.inventory.SchoolChoice;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Reporting a breakdown in three steps: which device, what happens (urgency and impact), then a
 * summary to confirm. Each step's heading takes the focus, so a screen reader says where one is.
 */
@Route(value = "panne", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "TICE_REFERENT", "DIRECTOR"})
class ReportBreakdownView extends Div implements HasDynamicTitle {

  static final String ROUTE = "panne";

  private final HelpdeskService helpdesk;
  private final Div step = new Div();
  private final Select<DeviceRow> device = new Select<>();
  private final TextField title = new TextField();
  private final TextArea description = new TextArea();
  private final Select<Integer> urgency = new Select<>();
  private final Select<Integer> impact = new Select<>();

  ReportBreakdownView(InventoryService inventory, HelpdeskService helpdesk) {
    this.helpdesk = helpdesk;
    addClassName("home");
    add(new H1(getTranslation("helpdesk.report.heading")));
    List<SchoolChoice> schools = inventory.schools();
    if (schools.isEmpty()) {
      add(new Paragraph(getTranslation("helpdesk.report.noSchool")));
      return;
    }
    device.setId("report-device");
    title.setId("report-title");
    description.setId("report-description");
    urgency.setId("report-urgency");
    impact.setId("report-impact");
    device.setLabel(getTranslation("helpdesk.report.device"));
    device.setItems(inventory.reportable(schools.getFirst().id()));
    device.setItemLabelGenerator(
        d ->
            d == null
                ? ""
                : getTranslation(
                    "helpdesk.report.deviceLabel",
                    d.name(),
                    getTranslation("inventory.kind." + d.kind().name()),
                    d.room() == null ? "" : d.room()));
    title.setLabel(getTranslation("helpdesk.report.title"));
    title.setMaxLength(160);
    description.setLabel(getTranslation("helpdesk.report.description"));
    description.setMaxLength(2000);
    for (Select<Integer> level : List.of(urgency, impact)) {
      level.setItems(1, 2, 3, 4, 5);
      level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("helpdesk.level." + l));
      level.setValue(3);
    }
    urgency.setLabel(getTranslation("helpdesk.report.urgency"));
    urgency.setHelperText(getTranslation("helpdesk.report.urgencyHelp"));
    impact.setLabel(getTranslation("helpdesk.report.impact"));
    impact.setHelperText(getTranslation("helpdesk.report.impactHelp"));
    add(step);
    showDevice(false);
  }

  private void show(String headingKey, Component... content) {
    show(true, headingKey, content);
  }

  /** Shows a step; its heading takes the focus unless the page just opened (the h1 has it). */
  private void show(boolean focus, String headingKey, Component... content) {
    step.removeAll();
    H2 heading = new H2(getTranslation(headingKey));
    heading.setId("report-step");
    heading.getElement().setAttribute("tabindex", "-1");
    step.add(heading);
    step.add(content);
    if (focus) {
      heading.getElement().executeJs("this.focus()");
    }
  }

  private void showDevice(boolean focus) {
    Paragraph error = error();
    Button next = new Button(getTranslation("helpdesk.report.next"));
    next.addClickListener(
        e -> {
          if (device.getValue() == null) {
            error.setText(getTranslation("helpdesk.report.pickDevice"));
            error.setVisible(true);
            device.focus();
          } else {
            showDetails();
          }
        });
    show(focus, "helpdesk.report.step1", device, error, new Div(next));
  }

  private void showDetails() {
    Paragraph error = error();
    Button back = new Button(getTranslation("helpdesk.report.back"), e -> showDevice(true));
    Button next = new Button(getTranslation("helpdesk.report.next"));
    next.addClickListener(
        e -> {
          if (title.getValue().isBlank()) {
            error.setText(getTranslation("helpdesk.error.titleRequired"));
            error.setVisible(true);
            title.focus();
          } else if (description.getValue().isBlank()) {
            error.setText(getTranslation("helpdesk.error.descriptionRequired"));
            error.setVisible(true);
            description.focus();
          } else {
            showSummary();
          }
        });
    show("helpdesk.report.step2", title, description, urgency, impact, error, new Div(back, next));
  }

  private void showSummary() {
    DeviceRow d = device.getValue();
    int priority = Priority.of(urgency.getValue(), impact.getValue());
    Paragraph error = error();
    Button back = new Button(getTranslation("helpdesk.report.back"), e -> showDetails());
    Button send = new Button(getTranslation("helpdesk.report.send"));
    send.addClickListener(
        e -> {
          try {
            long id =
                helpdesk.report(
                    d.id(),
                    title.getValue(),
                    description.getValue(),
                    urgency.getValue(),
                    impact.getValue());
            showDone(id);
          } catch (HelpdeskException ex) {
            error.setText(getTranslation(ex.key(), ex.arguments()));
            error.setVisible(true);
          }
        });
    show(
        "helpdesk.report.step3",
        new Paragraph(getTranslation("helpdesk.report.summaryDevice", d.name())),
        new Paragraph(getTranslation("helpdesk.report.summaryTitle", title.getValue())),
        new Paragraph(description.getValue()),
        new Paragraph(
            getTranslation(
                "helpdesk.report.summaryPriority",
                getTranslation("helpdesk.level." + urgency.getValue()),
                getTranslation("helpdesk.level." + impact.getValue()),
                getTranslation("helpdesk.priority." + priority))),
        error,
        new Div(back, send));
  }

  private void showDone(long id) {
    String done = getTranslation("helpdesk.report.done", String.valueOf(id));
    show(
        "helpdesk.report.doneHeading",
        new Paragraph(done),
        new Anchor(TicketsView.ROUTE, getTranslation("helpdesk.report.toTickets")));
    MainLayout.announce(this, done);
  }

  private static Paragraph error() {
    Paragraph error = new Paragraph();
    error.addClassName("form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    return error;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "helpdesk.report.pageTitle");
  }
}
