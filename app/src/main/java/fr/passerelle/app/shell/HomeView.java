package fr.passerelle.app.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fr.passerelle.app.identity.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The root address: sends each person to their own role's home. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

  private final CurrentUser currentUser;

  public HomeView(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(currentUser.require().primaryRole().homeRoute());
  }
}
