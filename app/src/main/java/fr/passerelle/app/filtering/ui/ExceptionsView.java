package fr.passerelle.app.filtering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.filtering.ExceptionRequest;
import fr.passerelle.app.filtering.FilteringException;
import fr.passerelle.app.filtering.FilteringExceptionService;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Unblock requests: a teacher asks for a site for their class with a reason; the TICE referent or
 * the administrator approves it for a while, refuses it, or withdraws it.
 */
@Route(value = ExceptionsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "DIRECTOR", "TICE_REFERENT", "TEACHER"})
@Menu(title = "filtering.nav.exceptions", order = 41)
@StyleSheet("styles/filtering.css")
class ExceptionsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "filtrage/demandes";
  static final List<Integer> DAYS = List.of(1, 7, 30, 90);

  private final FilteringExceptionService exceptions;
  private final SchoolTime time;
  private final Formats formats;
  private final UnorderedList list = new UnorderedList();
  private final boolean canDecide;
  private Map<Long, ClassSummary> classes = Map.of();

  ExceptionsView(FilteringExceptionService exceptions, SchoolTime time) {
    this.exceptions = exceptions;
    this.time = time;
    this.formats = time.formats(getLocale());
    this.canDecide = exceptions.canDecide();
    addClassName("filtering");
    add(new H1(getTranslation("filtering.exceptions.heading")));
    add(new Paragraph(getTranslation("filtering.exceptions.intro")));
    if (isTeacher()) {
      add(requestForm());
    }
    Section requests = new Section(new H2(getTranslation("filtering.exceptions.list")));
    list.addClassName("filtering-requests");
    requests.add(list);
    add(requests);
    refresh();
  }

  private boolean isTeacher() {
    classes =
        exceptions.requestableClasses().stream()
            .collect(Collectors.toMap(ClassSummary::id, Function.identity()));
    return !classes.isEmpty();
  }

  private Section requestForm() {
    Section section = new Section(new H2(getTranslation("filtering.exceptions.ask")));
    Select<Long> schoolClass = new Select<>();
    schoolClass.setLabel(getTranslation("filtering.exceptions.class"));
    schoolClass.setItems(classes.keySet().stream().sorted().toList());
    schoolClass.setItemLabelGenerator(
        id -> id == null || !classes.containsKey(id) ? "" : classes.get(id).name());
    schoolClass.setValue(classes.keySet().stream().sorted().findFirst().orElse(null));
    TextField site = new TextField(getTranslation("filtering.exceptions.site"));
    site.setHelperText(getTranslation("filtering.test.urlHelp"));
    site.setId("exception-site");
    TextArea reason = new TextArea(getTranslation("filtering.exceptions.reason"));
    reason.setId("exception-reason");
    reason.setMaxLength(500);
    Button send =
        new Button(
            getTranslation("filtering.exceptions.send"),
            e -> {
              try {
                ExceptionRequest r =
                    exceptions.request(schoolClass.getValue(), site.getValue(), reason.getValue());
                site.clear();
                reason.clear();
                site.setInvalid(false);
                reason.setInvalid(false);
                refresh();
                MainLayout.announce(this, getTranslation("filtering.exceptions.sent", r.domain()));
              } catch (FilteringException ex) {
                var field = ex.key().equals("filtering.error.reason") ? reason : null;
                if (field != null) {
                  reason.setInvalid(true);
                  reason.setErrorMessage(Errors.text(this, ex));
                } else {
                  site.setInvalid(true);
                  site.setErrorMessage(Errors.text(this, ex));
                }
                MainLayout.announce(this, Errors.text(this, ex));
              }
            });
    send.setId("exception-send");
    Div form = new Div(schoolClass, site, reason, send);
    form.addClassName("filtering-form");
    section.add(form);
    return section;
  }

  private void refresh() {
    list.removeAll();
    List<ExceptionRequest> all = exceptions.list(0, 100);
    if (all.isEmpty()) {
      list.add(new ListItem(getTranslation("filtering.exceptions.none")));
    }
    for (ExceptionRequest r : all) {
      list.add(item(r));
    }
  }

  private ListItem item(ExceptionRequest r) {
    ListItem item = new ListItem();
    item.addClassName("card");
    item.add(new H3(r.domain()));
    ClassSummary c = classes.get(r.classId());
    item.add(
        new Paragraph(
            getTranslation(
                "filtering.exceptions.for",
                c == null ? "n° " + r.classId() : c.name(),
                r.requestedBy(),
                formats.longDateTime(r.requestedAt()))));
    item.add(new Paragraph(getTranslation("filtering.exceptions.because", r.reason())));
    String status =
        getTranslation(
            "filtering.exceptions.status." + r.status().name(),
            r.decidedBy() == null ? "" : r.decidedBy(),
            r.expiresAt() == null ? "" : formats.longDateTime(r.expiresAt()));
    Paragraph state = new Paragraph(status);
    state.addClassName("status-" + r.status().name().toLowerCase(Locale.ROOT));
    item.add(state);
    if (canDecide && r.status() == ExceptionRequest.Status.REQUESTED) {
      Select<Integer> days = new Select<>();
      days.setLabel(getTranslation("filtering.exceptions.duration"));
      days.setItems(DAYS);
      days.setItemLabelGenerator(d -> getTranslation("filtering.exceptions.days", d));
      days.setValue(7);
      Button approve =
          new Button(
              getTranslation("filtering.exceptions.approve"),
              e ->
                  act(
                      () ->
                          exceptions.approve(
                              r.id(), time.now().plus(Duration.ofDays(days.getValue()))),
                      "filtering.exceptions.approved",
                      r));
      approve
          .getElement()
          .setAttribute(
              "aria-label", getTranslation("filtering.exceptions.approveSite", r.domain()));
      Button refuse =
          new Button(
              getTranslation("filtering.exceptions.refuse"),
              e -> act(() -> exceptions.refuse(r.id(), null), "filtering.exceptions.refused", r));
      refuse
          .getElement()
          .setAttribute(
              "aria-label", getTranslation("filtering.exceptions.refuseSite", r.domain()));
      Div actions = new Div(days, approve, refuse);
      actions.addClassName("filtering-actions");
      item.add(actions);
    } else if (canDecide && r.status() == ExceptionRequest.Status.APPROVED) {
      Button revoke =
          new Button(
              getTranslation("filtering.exceptions.revoke"),
              e -> act(() -> exceptions.revoke(r.id()), "filtering.exceptions.revoked", r));
      revoke
          .getElement()
          .setAttribute(
              "aria-label", getTranslation("filtering.exceptions.revokeSite", r.domain()));
      item.add(revoke);
    }
    return item;
  }

  private void act(Runnable action, String doneKey, ExceptionRequest r) {
    try {
      action.run();
      refresh();
      MainLayout.announce(this, getTranslation(doneKey, r.domain()));
    } catch (FilteringException ex) {
      MainLayout.announce(this, Errors.text(this, ex));
      add(new Paragraph(Errors.text(this, ex)));
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "filtering.exceptions.title");
  }
}
