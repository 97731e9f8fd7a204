package fr.passerelle.app.administration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.Role;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.HomeSection;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import fr.passerelle.app.territory.Overview;
import fr.passerelle.app.territory.TerritoryService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The administrator's home: the territory in figures, and the way to the audit log. */
@Route(value = "administration", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(title = "nav.home.admin", order = 7)
class AdminHomeView extends Div implements HasDynamicTitle {

  private final Formats formats;

  AdminHomeView(TerritoryService territory, List<HomeSection> sections, SchoolTime time) {
    this.formats = time.formats(getLocale());
    addClassName("home");
    add(new H1(getTranslation("admin.heading")));
    Overview overview = territory.overview();
    DescriptionList figures = new DescriptionList();
    figures.addClassName("figures");
    figure(figures, "admin.communes", overview.communes());
    figure(figures, "admin.schools", overview.schools());
    figure(figures, "admin.classes", overview.classes());
    figure(figures, "admin.pupils", overview.pupils());
    Section section = new Section(new H2(getTranslation("admin.figures")), figures);
    section.addClassName("card");
    add(section);
    add(new Anchor(AuditLogView.ROUTE, getTranslation("admin.openAudit")));
    HomeSection.addTo(this, Role.ADMIN, sections);
  }

  private void figure(DescriptionList list, String key, long value) {
    list.add(
        new DescriptionList.Term(getTranslation(key)),
        new DescriptionList.Description(formats.number(value)));
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "admin.title");
  }
}
