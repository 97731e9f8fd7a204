package fr.passerelle.app.administration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.audit.AuditEntry;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.platform.Formats;
import fr.passerelle.app.platform.SchoolTime;
import fr.passerelle.app.shell.MainLayout;
import fr.passerelle.app.shell.Titles;
import jakarta.annotation.security.RolesAllowed;

/** The security audit log, newest first, loaded page by page. */
@Route(value = AuditLogView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Menu(title = "nav.audit", order = 8)
class AuditLogView extends Div implements HasDynamicTitle {

  static final String ROUTE = "administration/journal";

  AuditLogView(AuditLog audit, SchoolTime time) {
    add(new H1(getTranslation("audit.heading")));
    add(new Paragraph(getTranslation("audit.intro")));
    Formats formats = time.formats(getLocale());
    Grid<AuditEntry> grid = new Grid<>();
    grid.setAriaLabel(getTranslation("audit.grid"));
    grid.addColumn(e -> formats.shortDateTimeSeconds(e.occurredAt()))
        .setHeader(getTranslation("audit.when"));
    grid.addColumn(e -> getTranslation("audit.kind." + e.kind().name()))
        .setHeader(getTranslation("audit.kind"));
    grid.addColumn(e -> orEmpty(e.principal())).setHeader(getTranslation("audit.who"));
    grid.addColumn(e -> orEmpty(e.target())).setHeader(getTranslation("audit.target"));
    grid.addColumn(e -> orEmpty(e.address())).setHeader(getTranslation("audit.address"));
    grid.addColumn(e -> orEmpty(e.detail())).setHeader(getTranslation("audit.detail"));
    // Widths in rem grow with the person's text size: with large text the grid scrolls sideways
    // (a data table may, WCAG 1.4.10) instead of cutting its words or breaking them letter by
    // letter.
    grid.getColumns().forEach(column -> column.setWidth("9rem"));
    grid.addClassName("data-grid");
    grid.setItems(
        query -> audit.page(query.getOffset(), query.getLimit()).stream(),
        query -> (int) audit.count());
    add(grid);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  @Override
  public String getPageTitle() {
    return Titles.of(this, "audit.title");
  }
}
