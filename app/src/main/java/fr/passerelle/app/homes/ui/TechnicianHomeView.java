package fr.passerelle.app.homes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.CommuneSummary;
import fr.passerelle.app.territory.SchoolSummary;
import fr.passerelle.app.territory.TerritoryService;
import fr.passerelle.app.territory.ui.TerritoryRoutes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The technician's home: the schools of the territory, loaded lazily, filtered by commune (the
 * administrator opens it from the menu too), then the technician's home sections.
 */
@Route(value = "technicien", layout = MainLayout.class)
@RolesAllowed({"TECHNICIAN", "ADMIN"})
@Menu(title = "nav.schools", order = 6)
class TechnicianHomeView extends Div implements HasDynamicTitle {

  private final Grid<SchoolSummary> grid = new Grid<>();
  private final Select<CommuneSummary> commune = new Select<>();

  TechnicianHomeView(TerritoryService territory, List<HomeSection> sections) {
    addClassName("home");
    add(new H1(getTranslation("schools.heading")));
    add(new Paragraph(getTranslation("schools.intro")));

    commune.setLabel(getTranslation("schools.filter.commune"));
    commune.setItems(territory.communes());
    commune.setItemLabelGenerator(c -> c == null ? getTranslation("schools.filter.all") : c.name());
    commune.setEmptySelectionAllowed(true);
    commune.setEmptySelectionCaption(getTranslation("schools.filter.all"));
    commune.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    grid.setAriaLabel(getTranslation("schools.grid"));
    // Widths in rem grow with the person's text size: with large text the grid scrolls sideways
    // (a data table may, WCAG 1.4.10) instead of cutting its words or breaking them letter by
    // letter.
    grid.addComponentColumn(s -> new Anchor(TerritoryRoutes.ofSchool(s.id()), s.name()))
        .setHeader(getTranslation("schools.column.name"))
        .setWidth("14rem")
        .setFlexGrow(2);
    grid.addColumn(SchoolSummary::communeName)
        .setHeader(getTranslation("schools.column.commune"))
        .setWidth("9rem");
    grid.addColumn(s -> getTranslation("schoolKind." + s.kind().name()))
        .setHeader(getTranslation("schools.column.kind"))
        .setWidth("9rem");
    grid.addColumn(SchoolSummary::uai)
        .setHeader(getTranslation("schools.column.uai"))
        .setWidth("7rem");
    grid.addClassName("data-grid");
    grid.setItems(
        query -> territory.schools(communeId(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) territory.countSchools(communeId()));
    add(commune, grid);
    HomeSection.addTo(this, Role.TECHNICIAN, sections);
  }

  private @Nullable Long communeId() {
    return commune.getValue() == null ? null : commune.getValue().id();
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "schools.title");
  }
}
