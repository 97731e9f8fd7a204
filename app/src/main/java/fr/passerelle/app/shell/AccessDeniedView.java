package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the caller (a parent opening another family's child, a teacher another class).
 * The service has already written the refusal to the audit log.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div
    implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    Refusal.fill(this, "error.denied");
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.denied.title") + " – " + getTranslation("app.name");
  }
}
