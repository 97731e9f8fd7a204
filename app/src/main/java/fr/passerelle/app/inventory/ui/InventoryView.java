package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.inventory.CommuneChoice;
import fr.passerelle.app.inventory.DeviceFilter;
import fr.passerelle.app.inventory.DeviceKind;
import fr.passerelle.app.inventory.DeviceRow;
import fr.passerelle.app.inventory.DeviceSort;
import fr.passerelle.app.inventory.DeviceState;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.inventory.SchoolChoice;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.Downloads;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The equipment list: filters (commune, school, type, state, warranty ending within six months), a
 * sort chosen in a field rather than in the grid's headers (whose sorters are neither translated
 * nor announced), lazy loading, and the filtered list as CSV.
 */
@Route(value = "inventaire", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TICE_REFERENT", "DIRECTOR"})
class InventoryView extends Div implements HasDynamicTitle {

  static final String ROUTE = "inventaire";

  private final Grid<DeviceRow> grid = new Grid<>();
  private final Select<CommuneChoice> commune = new Select<>();
  private final Select<SchoolChoice> school = new Select<>();
  private final Select<DeviceKind> kind = new Select<>();
  private final Select<DeviceState> state = new Select<>();
  private final Checkbox warranty = new Checkbox();
  private final Select<DeviceSort> sort = new Select<>();
  private final Paragraph count = new Paragraph();
  private int total;
  private final InventoryService inventory;
  private final SchoolTime time;
  private final Formats formats;

  InventoryView(InventoryService inventory, SchoolTime time) {
    this.inventory = inventory;
    this.time = time;
    this.formats = time.formats(getLocale());
    addClassName("home");
    add(new H1(getTranslation("inventory.list.heading")));
    boolean everywhere = inventory.schools().size() > 1;

    Div filters = new Div();
    filters.addClassName("inventory-filters");
    if (everywhere) {
      commune.setLabel(getTranslation("inventory.filter.commune"));
      commune.setItems(inventory.communes());
      commune.setItemLabelGenerator(c -> c == null ? all() : c.name());
      commune.setEmptySelectionAllowed(true);
      commune.setEmptySelectionCaption(all());
      school.setLabel(getTranslation("inventory.filter.school"));
      school.setItems(inventory.schools());
      school.setItemLabelGenerator(s -> s == null ? all() : s.name());
      school.setEmptySelectionAllowed(true);
      school.setEmptySelectionCaption(all());
      filters.add(commune, school);
    }
    kind.setLabel(getTranslation("inventory.filter.kind"));
    kind.setItems(DeviceKind.values());
    kind.setItemLabelGenerator(
        k -> k == null ? all() : getTranslation("inventory.kind." + k.name()));
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(all());
    state.setLabel(getTranslation("inventory.filter.state"));
    state.setItems(DeviceState.values());
    state.setItemLabelGenerator(
        s -> s == null ? all() : getTranslation("inventory.state." + s.name()));
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(all());
    warranty.setLabel(getTranslation("inventory.filter.warranty"));
    sort.setLabel(getTranslation("inventory.filter.sort"));
    sort.setItems(DeviceSort.values());
    sort.setItemLabelGenerator(s -> s == null ? "" : getTranslation("inventory.sort." + s.name()));
    sort.setValue(DeviceSort.SCHOOL);
    filters.add(kind, state, sort, warranty);
    add(filters);

    List.of(commune, school, kind, state, sort)
        .forEach(f -> f.addValueChangeListener(e -> refresh(true)));
    warranty.addValueChangeListener(e -> refresh(true));

    Anchor export =
        Downloads.csv(
            getTranslation("inventory.list.export"),
            "inventaire.csv",
            () -> inventory.export(filter()));
    add(count, export);
    if (inventory.mayCreate()) {
      Anchor create = new Anchor(DeviceFormView.ROUTE, getTranslation("inventory.list.create"));
      create.setId("inventory-create");
      add(new Paragraph(create));
    }

    grid.setAriaLabel(getTranslation("inventory.list.grid"));
    grid.addComponentColumn(d -> new Anchor(DeviceView.route(d.id()), d.name()))
        .setHeader(getTranslation("inventory.column.name"))
        .setWidth("12rem")
        .setFlexGrow(2);
    grid.addColumn(d -> getTranslation("inventory.kind." + d.kind().name()))
        .setHeader(getTranslation("inventory.column.kind"))
        .setWidth("9rem");
    grid.addColumn(DeviceRow::schoolName)
        .setHeader(getTranslation("inventory.column.school"))
        .setWidth("12rem");
    grid.addColumn(d -> d.room() == null ? "" : d.room())
        .setHeader(getTranslation("inventory.column.room"))
        .setWidth("9rem");
    grid.addColumn(d -> d.serial() == null ? "" : d.serial())
        .setHeader(getTranslation("inventory.column.serial"))
        .setWidth("9rem");
    grid.addColumn(d -> getTranslation("inventory.state." + d.state().name()))
        .setHeader(getTranslation("inventory.column.state"))
        .setWidth("8rem");
    grid.addColumn(d -> date(d.warrantyEnd()))
        .setHeader(getTranslation("inventory.column.warranty"))
        .setWidth("8rem");
    grid.addClassName("data-grid");
    grid.setItems(
        query ->
            inventory
                .page(filter(), sortValue(), true, query.getOffset(), query.getLimit())
                .stream(),
        query -> total);
    add(grid);
    refresh(false);
  }

  /**
   * Reloads the list; after a change of filter, says how many devices it now has. The count is
   * asked once and given to the grid too (it would otherwise ask the database a second time).
   */
  private void refresh(boolean announce) {
    total = inventory.count(filter());
    grid.getDataProvider().refreshAll();
    String text = getTranslation("inventory.list.count", total);
    count.setText(text);
    if (announce) {
      MainLayout.announce(this, text);
    }
  }

  private DeviceSort sortValue() {
    return sort.getValue() == null ? DeviceSort.SCHOOL : sort.getValue();
  }

  private DeviceFilter filter() {
    LocalDate today = time.today();
    return new DeviceFilter(
        commune.getValue() == null ? null : commune.getValue().id(),
        school.getValue() == null ? null : school.getValue().id(),
        kind.getValue(),
        state.getValue(),
        warranty.getValue() ? today : null,
        warranty.getValue() ? today.plusMonths(6) : null,
        null);
  }

  private String date(@Nullable LocalDate date) {
    return date == null ? "" : formats.shortDate(date);
  }

  private String all() {
    return getTranslation("inventory.filter.all");
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.list.title");
  }
}
