package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected while opening a page: logged in full, told plainly. */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends Div
    implements HasErrorParameter<Exception>, HasDynamicTitle {

  private static final Logger LOG = LoggerFactory.getLogger(InternalErrorView.class);

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    LOG.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
    Refusal.fill(this, "error.internal");
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("error.internal.title") + " – " + getTranslation("app.name");
  }
}
