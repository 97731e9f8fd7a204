package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fr.passerelle.app.audit.AuditKind;
import fr.passerelle.app.audit.AuditLog;
import fr.passerelle.app.identity.Caller;
import fr.passerelle.app.identity.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A view the caller's role may not open (for example a parent typing a teacher's address). */
@ParentLayout(MainLayout.class)
@PermitAll
public class RouteDeniedView extends Div
    implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

  private final AuditLog audit;
  private final CurrentUser currentUser;

  public RouteDeniedView(AuditLog audit, CurrentUser currentUser) {
    this.audit = audit;
    this.currentUser = currentUser;
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    audit.record(
        AuditKind.ACCESS_DENIED,
        currentUser.find().map(Caller::username).orElse(null),
        null,
        "/" + event.getLocation().getPathWithQueryParameters(),
        "view not allowed for the role");
    Refusal.fill(this, "error.denied");
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.denied.title") + " – " + getTranslation("app.name");
  }
}
