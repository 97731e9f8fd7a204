package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.inventory.CommuneFigures;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/** The equipment of each commune the person may read, in a plain table. */
@Route(value = "inventaire/chiffres", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TOWN_HALL"})
class FiguresView extends Div implements HasDynamicTitle {

  static final String ROUTE = "inventaire/chiffres";

  FiguresView(InventoryService inventory) {
    addClassName("home");
    add(new H1(getTranslation("inventory.figures.heading")));
    NativeTable table = new NativeTable();
    table.addClassName("figures-table");
    NativeTableRow head = new NativeTableRow();
    for (String key : new String[] {"commune", "devices", "perPupil", "age", "open", "resolve"}) {
      NativeTableHeaderCell cell =
          new NativeTableHeaderCell(getTranslation("inventory.figures." + key));
      cell.getElement().setAttribute("scope", "col");
      head.add(cell);
    }
    table.add(new NativeTableHeader(head));
    NativeTableBody body = new NativeTableBody();
    NumberFormat one = NumberFormat.getNumberInstance(getLocale());
    one.setMaximumFractionDigits(1);
    NumberFormat two = NumberFormat.getNumberInstance(getLocale());
    two.setMaximumFractionDigits(2);
    for (CommuneFigures f : inventory.figures()) {
      NativeTableRow row = new NativeTableRow();
      NativeTableHeaderCell name = new NativeTableHeaderCell(f.communeName());
      name.getElement().setAttribute("scope", "row");
      row.add(
          name,
          new NativeTableCell(String.valueOf(f.devices())),
          new NativeTableCell(number(two, f.devicesPerPupil())),
          new NativeTableCell(number(one, f.meanAgeYears())),
          new NativeTableCell(String.valueOf(f.openTickets())),
          new NativeTableCell(number(one, f.meanHoursToResolve())));
      body.add(row);
    }
    table.add(body);
    add(table);
  }

  private String number(NumberFormat format, @Nullable Double value) {
    return value == null ? getTranslation("inventory.figures.none") : format.format(value);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.figures.title");
  }
}
