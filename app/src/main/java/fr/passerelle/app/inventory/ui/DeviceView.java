package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.PersonName;
import fr.passerelle.app.inventory.AssistiveLoans;
import fr.passerelle.app.inventory.DeviceDetails;
import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.DeviceState;
import fr.passerelle.app.inventory.InventoryException;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One device: what is known of it, who has it (an assistive device lent to a pupil), its state
 * (sending a lent assistive device to repair tells the pupil's teachers and parents), a replacement
 * to lend, and the history of every change.
 */
@Route(value = "inventaire/appareil", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TICE_REFERENT", "DIRECTOR"})
class DeviceView extends Div implements HasDynamicTitle, HasUrlParameter<Long> {

  private final InventoryService inventory;
  private final AssistiveLoans loans;
  private final Formats formats;
  private String name = "";

  DeviceView(InventoryService inventory, AssistiveLoans loans, SchoolTime time) {
    this.inventory = inventory;
    this.loans = loans;
    this.formats = time.formats(getLocale());
    addClassName("home");
  }

  static String route(long id) {
    return "inventaire/appareil/" + id;
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    show(id);
  }

  private void show(long id) {
    removeAll();
    DeviceDetails d = inventory.device(id);
    DeviceRow r = d.row();
    name = r.name();
    add(new H1(r.name()));
    DescriptionList facts = new DescriptionList();
    fact(
        facts,
        "kind",
        getTranslation("inventory.kind." + r.kind().name())
            + (r.assistiveKind() == null
                ? ""
                : " – " + getTranslation("inventory.assistive." + r.assistiveKind().name())));
    fact(facts, "school", r.schoolName());
    fact(facts, "room", r.room());
    fact(facts, "serial", r.serial());
    fact(facts, "model", join(d.manufacturer(), r.model()));
    fact(facts, "state", getTranslation("inventory.state." + r.state().name()));
    fact(facts, "purchase", date(r.purchaseDate()));
    fact(facts, "warranty", date(r.warrantyEnd()));
    fact(facts, "supplier", d.supplier());
    fact(facts, "os", d.os());
    fact(facts, "cpu", d.cpu());
    fact(
        facts,
        "memory",
        d.memoryMb() == null ? null : getTranslation("inventory.device.mb", d.memoryMb()));
    fact(
        facts,
        "storage",
        d.storageGb() == null ? null : getTranslation("inventory.device.gb", d.storageGb()));
    fact(facts, "ip", d.ipAddress());
    fact(facts, "pages", d.pageCount() == null ? null : String.valueOf(d.pageCount()));
    fact(facts, "consumables", d.consumables());
    add(facts);

    if (r.kind() == DeviceKind.ASSISTIVE) {
      Section loanCard = card("inventory.device.loans");
      if (d.loans().isEmpty()) {
        loanCard.add(new Paragraph(getTranslation("inventory.device.neverLent")));
      } else {
        UnorderedList list = new UnorderedList();
        for (DeviceDetails.Loan l : d.loans()) {
          list.add(
              new ListItem(
                  l.returnedAt() == null
                      ? getTranslation("inventory.device.lentNow", l.pupilName(), time(l.lentAt()))
                      : getTranslation(
                          "inventory.device.lentThen",
                          l.pupilName(),
                          time(l.lentAt()),
                          time(l.returnedAt()))));
        }
        loanCard.add(list);
      }
      add(loanCard);
    }
    if (inventory.editable(id)) {
      add(actions(d));
    }
    Section history = card("inventory.device.history");
    UnorderedList changes = new UnorderedList();
    for (DeviceDetails.Change c : d.history()) {
      changes.add(
          new ListItem(
              getTranslation(
                  "inventory.device.change",
                  time(c.at()),
                  c.by(),
                  getTranslation("inventory.field." + c.field()),
                  c.oldValue() == null ? "–" : c.oldValue(),
                  c.newValue() == null ? "–" : c.newValue())));
    }
    history.add(changes);
    add(history);
  }

  private Section actions(DeviceDetails d) {
    long id = d.row().id();
    Section section = card("inventory.device.actions");
    Paragraph error = new Paragraph();
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);
    Select<DeviceState> state = new Select<>();
    state.setId("device-state");
    state.setLabel(getTranslation("inventory.device.newState"));
    state.setItems(DeviceState.values());
    state.setItemLabelGenerator(
        s -> s == null ? "" : getTranslation("inventory.state." + s.name()));
    state.setValue(d.row().state());
    Button change =
        new Button(
            getTranslation("inventory.device.changeState"),
            e -> {
              inventory.changeState(id, state.getValue());
              done(
                  id,
                  getTranslation(
                      "inventory.device.stateChanged",
                      getTranslation("inventory.state." + state.getValue().name())));
            });
    Anchor edit = new Anchor(DeviceFormView.route(id), getTranslation("inventory.device.edit"));
    edit.setId("device-edit");
    section.add(new Paragraph(edit), state, new Div(change));
    boolean lent = d.loans().stream().anyMatch(l -> l.returnedAt() == null);
    if (d.row().kind() == DeviceKind.ASSISTIVE) {
      section.add(loan(d, lent, error));
    }
    if (lent && d.row().state() == DeviceState.IN_REPAIR) {
      Select<DeviceRow> replacement = new Select<>();
      replacement.setId("device-replacement");
      replacement.setLabel(getTranslation("inventory.device.replacement"));
      replacement.setItems(loans.replacements(id));
      replacement.setItemLabelGenerator(r -> r == null ? "" : r.name());
      Button lend =
          new Button(
              getTranslation("inventory.device.lendReplacement"),
              e -> {
                if (replacement.getValue() == null) {
                  error.setText(getTranslation("inventory.device.pickReplacement"));
                  error.setVisible(true);
                  return;
                }
                try {
                  loans.lendReplacement(id, replacement.getValue().id());
                  done(
                      id,
                      getTranslation(
                          "inventory.device.replacementLent", replacement.getValue().name()));
                } catch (InventoryException ex) {
                  error.setText(getTranslation(ex.key(), ex.arguments()));
                  error.setVisible(true);
                }
              });
      section.add(replacement, new Div(lend));
    }
    section.add(error);
    return section;
  }

  /**
   * Lending the device to a pupil of its school (when it is available and lent to nobody), or
   * taking it back; the pupil's parents and teachers are told either way.
   */
  private Div loan(DeviceDetails d, boolean lent, Paragraph error) {
    long id = d.row().id();
    Div loan = new Div();
    if (lent) {
      String pupil =
          d.loans().stream()
              .filter(l -> l.returnedAt() == null)
              .map(DeviceDetails.Loan::pupilName)
              .findFirst()
              .orElse("");
      Button back =
          new Button(
              getTranslation("inventory.device.giveBack", pupil),
              e -> {
                loans.giveBack(id);
                done(id, getTranslation("inventory.device.givenBack", pupil));
              });
      back.setId("device-give-back");
      loan.add(back);
      return loan;
    }
    if (d.row().state() != DeviceState.IN_SERVICE && d.row().state() != DeviceState.IN_STOCK) {
      return loan;
    }
    // A combo box: a school has hundreds of pupils, typing a few letters finds one.
    ComboBox<PersonName> pupil = new ComboBox<>();
    pupil.setId("device-pupil");
    pupil.setLabel(getTranslation("inventory.device.pupil"));
    pupil.setItems(loans.pupils(d.row().schoolId()));
    pupil.setItemLabelGenerator(PersonName::full);
    pupil.setWidthFull();
    Button lend =
        new Button(
            getTranslation("inventory.device.lend"),
            e -> {
              if (pupil.getValue() == null) {
                error.setText(getTranslation("inventory.device.pickPupil"));
                error.setVisible(true);
                pupil.focus();
                return;
              }
              try {
                loans.lend(id, pupil.getValue().id());
                done(id, getTranslation("inventory.device.lent", pupil.getValue().full()));
              } catch (InventoryException ex) {
                error.setText(getTranslation(ex.key(), ex.arguments()));
                error.setVisible(true);
              }
            });
    lend.setId("device-lend");
    loan.add(pupil, new Div(lend));
    return loan;
  }

  private void done(long id, String message) {
    show(id);
    MainLayout.announce(this, message);
  }

  private Section card(String key) {
    Section section = new Section(new H2(getTranslation(key)));
    section.addClassName("card");
    return section;
  }

  private void fact(DescriptionList list, String key, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      list.add(new Term(getTranslation("inventory.device." + key)), new Description(value));
    }
  }

  private static @Nullable String join(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " " + b;
  }

  private @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : formats.date(date);
  }

  private String time(@Nullable Instant at) {
    return at == null ? "" : formats.dateTime(at);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.device.title", name);
  }
}
