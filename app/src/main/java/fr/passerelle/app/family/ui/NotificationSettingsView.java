package fr.passerelle.app.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.family.FamilyException;
import fr.passerelle.app.family.Frequency;
import fr.passerelle.app.family.NotificationSettings;
import fr.passerelle.app.family.NotificationSettingsService;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Mes notifications": a parent chooses the e-mail address, how often they hear from the school
 * (never, at once, or a daily summary) and whether the content goes in the e-mail. Each save is
 * kept with its time.
 */
@Route(value = "mes-notifications", layout = MainLayout.class)
@StyleSheet("styles/family.css")
@RolesAllowed("PARENT")
@Menu(title = "family.settings.nav", order = 35)
class NotificationSettingsView extends Div implements HasDynamicTitle {

  static final String ROUTE = "mes-notifications";

  private final NotificationSettingsService service;
  private final SchoolTime time;
  private final EmailField email = new EmailField();
  private final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
  private final Checkbox withContent = new Checkbox();
  private final Paragraph status = new Paragraph();
  private final Paragraph error = new Paragraph();

  NotificationSettingsView(NotificationSettingsService service, SchoolTime time) {
    this.service = service;
    this.time = time;
    addClassNames("family", "notification-settings-view");
    add(new H1(getTranslation("family.settings.heading")));
    add(new Paragraph(getTranslation("family.settings.intro")));

    email.setLabel(getTranslation("family.settings.email"));
    email.setHelperText(getTranslation("family.settings.emailHelp"));
    email.setId("family-email");
    email.setWidthFull();
    email.setMaxWidth("30rem");

    frequency.setLabel(getTranslation("family.settings.frequency"));
    frequency.setItems(Frequency.values());
    frequency.setItemLabelGenerator(f -> getTranslation("family.frequency." + f.name()));
    frequency.setId("family-frequency");
    frequency.addThemeName("vertical");

    withContent.setLabel(getTranslation("family.settings.content"));
    withContent.setId("family-content");
    Paragraph contentHelp = new Paragraph(getTranslation("family.settings.contentHelp"));
    contentHelp.setId("family-content-help");
    withContent.getElement().setAttribute("aria-describedby", "family-content-help");

    Button save = new Button(getTranslation("family.settings.save"), e -> save());
    save.addThemeVariants(ButtonVariant.PRIMARY);
    save.setId("family-save");

    error.setId("family-settings-error");
    error.addClassName("form-error");
    status.setId("family-settings-status");

    Div form = new Div(email, frequency, withContent, contentHelp, error, save, status);
    form.addClassName("card");
    add(form);
    show(service.mine());
  }

  private void show(NotificationSettings settings) {
    email.setValue(settings.email() == null ? "" : settings.email());
    frequency.setValue(settings.frequency());
    withContent.setValue(settings.withContent());
    status.setText(
        settings.changedAt() == null
            ? getTranslation("family.settings.never")
            : getTranslation(
                "family.settings.changed",
                time.formats(getLocale()).dateTime(settings.changedAt())));
  }

  private void save() {
    try {
      NotificationSettings saved =
          service.change(
              email.getValue(),
              frequency.getValue() == null ? Frequency.NONE : frequency.getValue(),
              withContent.getValue());
      error.setText("");
      show(saved);
      MainLayout.announce(this, getTranslation("family.settings.saved"));
    } catch (FamilyException e) {
      String message = getTranslation(e.messageKey(), e.arguments());
      error.setText(message);
      MainLayout.announce(this, message);
      email.focus();
    }
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "family.settings.title");
  }
}
