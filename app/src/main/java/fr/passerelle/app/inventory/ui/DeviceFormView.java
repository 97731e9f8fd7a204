package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.inventory.AssistiveKind;
import fr.passerelle.app.inventory.DeviceDetails;
import fr.passerelle.app.inventory.DeviceDraft;
import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.DeviceState;
import fr.passerelle.app.inventory.InventoryException;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.inventory.SchoolChoice;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A device's form, to create one or edit it: every field of the inventory, a printer's counters and
 * consumables, the assistive type for an assistive device. A refusal (name missing, serial already
 * taken, warranty before purchase…) is said on the field concerned, which takes the focus; nothing
 * typed is lost. The service writes every change to the device's history.
 */
@Route(value = DeviceFormView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TICE_REFERENT"})
class DeviceFormView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

  static final String ROUTE = "inventaire/fiche";

  private final InventoryService inventory;
  private final ComboBox<SchoolChoice> school = new ComboBox<>();
  private final Select<DeviceKind> kind = new Select<>();
  private final Select<AssistiveKind> assistive = new Select<>();
  private final TextField name = new TextField();
  private final TextField room = new TextField();
  private final TextField serial = new TextField();
  private final TextField manufacturer = new TextField();
  private final TextField model = new TextField();
  private final DatePicker purchase = new DatePicker();
  private final DatePicker warranty = new DatePicker();
  private final TextField supplier = new TextField();
  private final Select<DeviceState> state = new Select<>();
  private final IntegerField pages = new IntegerField();
  private final IntegerField colourPages = new IntegerField();
  private final TextField consumables = new TextField();
  private final Paragraph error = new Paragraph();
  private @Nullable Long id;
  private String heading = "";

  DeviceFormView(InventoryService inventory) {
    this.inventory = inventory;
    addClassName("home");
  }

  static String route(long id) {
    return ROUTE + "/" + id;
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter Long deviceId) {
    id = deviceId;
    DeviceDetails existing = deviceId == null ? null : inventory.device(deviceId);
    heading =
        existing == null
            ? getTranslation("inventory.form.new")
            : getTranslation("inventory.form.edit", existing.row().name());
    build(existing);
  }

  private void build(@Nullable DeviceDetails existing) {
    removeAll();
    add(new H1(heading));
    add(new Paragraph(getTranslation("inventory.form.required")));
    List<SchoolChoice> schools = inventory.schools();
    school.setId("device-school");
    school.setLabel(getTranslation("inventory.device.school"));
    school.setItems(schools);
    school.setItemLabelGenerator(SchoolChoice::name);
    school.setRequiredIndicatorVisible(true);
    school.setWidthFull();
    kind.setId("device-kind");
    kind.setLabel(getTranslation("inventory.device.kind"));
    kind.setItems(DeviceKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("inventory.kind." + k.name()));
    assistive.setId("device-assistive");
    assistive.setLabel(getTranslation("inventory.form.assistive"));
    assistive.setItems(AssistiveKind.values());
    assistive.setItemLabelGenerator(
        a -> a == null ? "" : getTranslation("inventory.assistive." + a.name()));
    state.setId("device-form-state");
    state.setLabel(getTranslation("inventory.device.state"));
    state.setItems(DeviceState.values());
    state.setItemLabelGenerator(
        s -> s == null ? "" : getTranslation("inventory.state." + s.name()));
    text(name, "device-name", "inventory.form.name", 120);
    name.setRequiredIndicatorVisible(true);
    text(room, "device-room", "inventory.device.room", 80);
    text(serial, "device-serial", "inventory.device.serial", 80);
    text(manufacturer, "device-manufacturer", "inventory.form.manufacturer", 80);
    text(model, "device-model", "inventory.device.model", 120);
    text(supplier, "device-supplier", "inventory.device.supplier", 120);
    text(consumables, "device-consumables", "inventory.device.consumables", 300);
    consumables.setHelperText(getTranslation("inventory.form.consumables.help"));
    for (DatePicker date : List.of(purchase, warranty)) {
      date.setLocale(getLocale());
      date.setWidthFull();
    }
    purchase.setId("device-purchase");
    purchase.setLabel(getTranslation("inventory.form.purchase"));
    warranty.setId("device-warranty");
    warranty.setLabel(getTranslation("inventory.form.warranty"));
    pages.setId("device-pages");
    pages.setLabel(getTranslation("inventory.field.page_count"));
    colourPages.setId("device-colour-pages");
    colourPages.setLabel(getTranslation("inventory.field.page_count_color"));
    for (IntegerField count : List.of(pages, colourPages)) {
      count.setMin(0);
      count.setWidthFull();
    }

    if (existing == null) {
      school.setValue(schools.size() == 1 ? schools.getFirst() : null);
      kind.setValue(DeviceKind.COMPUTER);
      state.setValue(DeviceState.IN_SERVICE);
    } else {
      fill(existing, schools);
    }
    kind.addValueChangeListener(e -> showKindFields());
    showKindFields();

    Section identity = section("inventory.form.identity", kind, assistive, name, room);
    // One school (a referent's): said in words, not a field to read in a box too narrow for it.
    if (schools.size() == 1) {
      Paragraph only =
          new Paragraph(getTranslation("inventory.form.school", schools.getFirst().name()));
      only.setId("device-school-name");
      identity.addComponentAtIndex(1, only);
    } else {
      identity.addComponentAtIndex(1, school);
    }
    Section product =
        section(
            "inventory.form.product",
            serial,
            manufacturer,
            model,
            supplier,
            purchase,
            warranty,
            state);
    Section printer = section("inventory.form.printer", pages, colourPages, consumables);
    printer.setId("device-printer");
    printer.setVisible(kind.getValue() == DeviceKind.PRINTER);
    kind.addValueChangeListener(e -> printer.setVisible(e.getValue() == DeviceKind.PRINTER));
    error.setId("device-form-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    Button save = new Button(getTranslation("inventory.form.save"), e -> save());
    save.setId("device-save");
    add(identity, product, printer, error, new Div(save));
  }

  private void fill(DeviceDetails d, List<SchoolChoice> schools) {
    DeviceRow r = d.row();
    school.setValue(schools.stream().filter(s -> s.id() == r.schoolId()).findFirst().orElse(null));
    kind.setValue(r.kind());
    assistive.setValue(r.assistiveKind());
    name.setValue(r.name());
    room.setValue(orEmpty(r.room()));
    serial.setValue(orEmpty(r.serial()));
    manufacturer.setValue(orEmpty(d.manufacturer()));
    model.setValue(orEmpty(r.model()));
    supplier.setValue(orEmpty(d.supplier()));
    purchase.setValue(r.purchaseDate());
    warranty.setValue(r.warrantyEnd());
    state.setValue(r.state());
    pages.setValue(d.pageCount() == null ? null : d.pageCount().intValue());
    colourPages.setValue(d.pageCountColor() == null ? null : d.pageCountColor().intValue());
    consumables.setValue(orEmpty(d.consumables()));
  }

  private void showKindFields() {
    // No required indicator on a select: Vaadin puts aria-required on its button, which axe
    // refuses.
    assistive.setVisible(kind.getValue() == DeviceKind.ASSISTIVE);
  }

  private void save() {
    clearErrors();
    if (school.getValue() == null) {
      refuse(school, getTranslation("inventory.error.schoolRequired"));
      return;
    }
    DeviceKind k = kind.getValue() == null ? DeviceKind.COMPUTER : kind.getValue();
    DeviceDraft draft =
        new DeviceDraft(
            school.getValue().id(),
            k,
            k == DeviceKind.ASSISTIVE ? assistive.getValue() : null,
            name.getValue(),
            room.getValue(),
            serial.getValue(),
            manufacturer.getValue(),
            model.getValue(),
            purchase.getValue(),
            warranty.getValue(),
            supplier.getValue(),
            state.getValue() == null ? DeviceState.IN_SERVICE : state.getValue(),
            pages.getValue() == null ? null : pages.getValue().longValue(),
            colourPages.getValue() == null ? null : colourPages.getValue().longValue(),
            consumables.getValue());
    try {
      long saved;
      String done;
      if (id == null) {
        saved = inventory.create(draft);
        done = getTranslation("inventory.form.created", draft.name().strip());
      } else {
        List<String> changed = inventory.update(id, draft);
        saved = id;
        done =
            changed.isEmpty()
                ? getTranslation("inventory.form.unchanged")
                : getTranslation("inventory.form.saved", changed.size());
      }
      UI.getCurrent()
          .navigate(DeviceView.class, saved)
          .ifPresent(view -> MainLayout.announce(view, done));
    } catch (InventoryException refused) {
      String why = getTranslation(refused.key(), refused.arguments());
      HasValidation field = fieldOf().get(refused.key());
      if (field == null) {
        error.setText(why);
        error.setVisible(true);
        MainLayout.announce(this, why);
      } else {
        refuse(field, why);
      }
    }
  }

  /** Which field each refusal is about. */
  private Map<String, HasValidation> fieldOf() {
    return Map.of(
        "inventory.error.nameRequired", name,
        "inventory.error.serialTaken", serial,
        "inventory.error.assistiveKind", assistive,
        "inventory.error.warrantyBeforePurchase", warranty,
        "inventory.error.pageCount", pages);
  }

  private void refuse(HasValidation field, String why) {
    field.setErrorMessage(why);
    field.setInvalid(true);
    ((com.vaadin.flow.component.Focusable<?>) field).focus();
    MainLayout.announce(this, why);
  }

  private void clearErrors() {
    error.setVisible(false);
    for (HasValidation f :
        List.<HasValidation>of(school, name, serial, assistive, warranty, pages)) {
      f.setInvalid(false);
    }
  }

  private void text(TextField field, String id, String labelKey, int max) {
    field.setId(id);
    field.setLabel(getTranslation(labelKey));
    field.setMaxLength(max);
    field.setWidthFull();
  }

  private Section section(String key, com.vaadin.flow.component.Component... fields) {
    Section section = new Section(new H2(getTranslation(key)));
    section.addClassName("card");
    section.add(fields);
    return section;
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.form.title", heading);
  }
}
