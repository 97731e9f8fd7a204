package fr.passerelle.app.inventory.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.inventory.CommuneFigures;
import fr.passerelle.app.inventory.InventoryService;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The equipment of each commune the person may read: one card per commune with its figures, which
 * reflow on a phone or with large text (a wide table would scroll sideways).
 */
@Route(value = "inventaire/chiffres", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TOWN_HALL"})
class FiguresView extends Div implements HasDynamicTitle {

  static final String ROUTE = "inventaire/chiffres";

  FiguresView(InventoryService inventory, SchoolTime time) {
    addClassName("home");
    add(new H1(getTranslation("inventory.figures.heading")));
    Formats formats = time.formats(getLocale());
    for (CommuneFigures f : inventory.figures()) {
      DescriptionList figures = new DescriptionList();
      figures.add(
          new Term(getTranslation("inventory.figures.devices")),
          new Description(String.valueOf(f.devices())),
          new Term(getTranslation("inventory.figures.perPupil")),
          new Description(number(formats, 2, f.devicesPerPupil())),
          new Term(getTranslation("inventory.figures.age")),
          new Description(number(formats, 1, f.meanAgeYears())),
          new Term(getTranslation("inventory.figures.open")),
          new Description(String.valueOf(f.openTickets())),
          new Term(getTranslation("inventory.figures.resolve")),
          new Description(number(formats, 1, f.meanHoursToResolve())));
      Section card = new Section(new H2(f.communeName()), figures);
      card.addClassName("card");
      add(card);
    }
  }

  /** The value with at most this many decimals, or "none". */
  private String number(Formats formats, int decimals, @Nullable Double value) {
    return value == null
        ? getTranslation("inventory.figures.none")
        : formats.decimal(value, decimals);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "inventory.figures.title");
  }
}
