package fr.passerelle.app.territory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.ClassService;
import fr.passerelle.app.territory.SchoolSummary;
import fr.passerelle.app.territory.TerritoryService;
import jakarta.annotation.security.RolesAllowed;

/** One school and its classes. */
@Route(value = TerritoryRoutes.SCHOOL, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "TECHNICIAN", "TOWN_HALL", "DIRECTOR", "TICE_REFERENT"})
class SchoolView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

  private final TerritoryService territory;
  private final ClassService classes;
  private String name = "";

  SchoolView(TerritoryService territory, ClassService classes) {
    this.territory = territory;
    this.classes = classes;
  }

  @Override
  public void setParameter(BeforeEvent event, Long schoolId) {
    SchoolSummary school = territory.school(schoolId);
    name = school.name();
    removeAll();
    TerritoryCards.fillSchool(this, "school.heading", school, classes);
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "school.pageTitle", name);
  }
}
