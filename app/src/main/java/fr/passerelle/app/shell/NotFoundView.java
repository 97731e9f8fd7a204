package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> p) {
    Refusal.fill(this, "error.notFound");
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.notFound.title") + " – " + getTranslation("app.name");
  }
}
